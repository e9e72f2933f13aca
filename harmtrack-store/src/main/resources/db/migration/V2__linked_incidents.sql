-- harmtrack incident store, version 2: the reports of one incident linked across articles.
-- An incident is a group of events (one per report); its id is kept as reports join or leave it. Each event
-- belongs to exactly one incident. The columns beside the membership keep what the linker compares beyond the
-- event's own fields, so that relinking never re-reads article bodies: '|'-separated word keys and skeletons,
-- the strike-of-the-day ordinal (0 unknown) and a text sketch (space-separated integers).
-- An id retired when its incident merged into another (or lost its reports to others) is kept as an alias,
-- so a link shared before the merge still finds the incident.

CREATE TABLE incident (
    id  CHARACTER VARYING NOT NULL,
    CONSTRAINT incident_pk PRIMARY KEY (id)
);

CREATE TABLE incident_report (
    article_id   CHARACTER VARYING NOT NULL,
    event_no     INTEGER NOT NULL,
    incident_id  CHARACTER VARYING NOT NULL,
    details      CHARACTER VARYING NOT NULL,
    names        CHARACTER VARYING NOT NULL,
    place_names  CHARACTER VARYING NOT NULL,
    ordinal      INTEGER NOT NULL,
    sketch       CHARACTER VARYING NOT NULL,
    CONSTRAINT incident_report_pk PRIMARY KEY (article_id, event_no),
    CONSTRAINT incident_report_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE,
    CONSTRAINT incident_report_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE INDEX incident_report_incident_idx ON incident_report (incident_id);

CREATE TABLE incident_alias (
    alias        CHARACTER VARYING NOT NULL,
    incident_id  CHARACTER VARYING NOT NULL,
    CONSTRAINT incident_alias_pk PRIMARY KEY (alias),
    CONSTRAINT incident_alias_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
);
