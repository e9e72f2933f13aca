-- harmtrack incident store, version 7: what each report says was hit, with what, who the victims were and each
-- belligerent's own assessment (the extract contract's targets, weapons, victims and assessments), as child rows
-- of the event like its figures; and the incident's grade on Airwars' scale beside harmtrack's own, kept on its
-- row for lists and filters. Events stored before this version have no such rows (re-ingest to read them again);
-- incidents stored before it have airwars_grade null until the store completes them when it opens.

CREATE TABLE event_target (
    article_id  CHARACTER VARYING NOT NULL,
    event_no    INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    category    CHARACTER VARYING(32) NOT NULL,
    text        CHARACTER VARYING NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    CONSTRAINT event_target_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT event_target_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

CREATE INDEX event_target_category_idx ON event_target (category);

-- alleged_by is null when the report tells the means as fact
CREATE TABLE event_weapon (
    article_id  CHARACTER VARYING NOT NULL,
    event_no    INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    kind        CHARACTER VARYING(32) NOT NULL,
    text        CHARACTER VARYING NOT NULL,
    alleged_by  CHARACTER VARYING,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    CONSTRAINT event_weapon_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT event_weapon_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

CREATE INDEX event_weapon_kind_idx ON event_weapon (kind);

CREATE TABLE event_victim (
    article_id    CHARACTER VARYING NOT NULL,
    event_no      INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    name          CHARACTER VARYING,
    victim_count  INTEGER NOT NULL,
    age           INTEGER,
    age_group     CHARACTER VARYING(16),
    gender        CHARACTER VARYING(16),
    outcome       CHARACTER VARYING(32) NOT NULL,
    relation      CHARACTER VARYING,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    CONSTRAINT event_victim_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT event_victim_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE,
    CONSTRAINT event_victim_count_ck CHECK (victim_count >= 1)
);

CREATE TABLE event_assessment (
    article_id      CHARACTER VARYING NOT NULL,
    event_no        INTEGER NOT NULL,
    ord             INTEGER NOT NULL,
    belligerent     CHARACTER VARYING NOT NULL,
    position        CHARACTER VARYING(16) NOT NULL,
    killed_min      BIGINT,
    killed_max      BIGINT,
    injured_min     BIGINT,
    injured_max     BIGINT,
    statement_date  DATE,
    source          CHARACTER VARYING NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    CONSTRAINT event_assessment_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT event_assessment_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

ALTER TABLE incident ADD COLUMN airwars_grade CHARACTER VARYING(16);
ALTER TABLE incident ADD COLUMN airwars_explanation CHARACTER VARYING;
