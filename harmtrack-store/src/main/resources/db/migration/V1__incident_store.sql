-- harmtrack incident store, version 1.
-- Plain SQL meant to run unchanged on H2 2.x and PostgreSQL: CHARACTER VARYING without a length for text
-- (not CLOB, which PostgreSQL lacks), BIGINT, INTEGER, DOUBLE PRECISION, DATE, BOOLEAN,
-- TIMESTAMP WITH TIME ZONE. Enum values are stored as their lower-case keys ("drone_strike").
-- Child rows are keyed by their owner's natural key plus an ordinal, so list order survives a round trip,
-- and ON DELETE CASCADE lets a re-ingest drop an article's old events and aggregates with two DELETEs.
-- Span columns hold UTF-16 offsets into article.body, half-open [start, end).

CREATE TABLE article (
    id           CHARACTER VARYING NOT NULL,
    title        CHARACTER VARYING,
    url          CHARACTER VARYING,
    publisher    CHARACTER VARYING,
    published    DATE,
    body         CHARACTER VARYING NOT NULL,
    text_sha256  CHARACTER VARYING(64) NOT NULL,
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_pk PRIMARY KEY (id)
);

-- One incident; event_no is its 1-based position in the extraction, so the incident id is "<article_id>#<event_no>".
-- A null date (date_granularity IS NULL) differs from an unresolved one (granularity set, start/end null);
-- a null place has place_name IS NULL. Casualty ranges are null when unknown, never 0..0.
CREATE TABLE event (
    article_id            CHARACTER VARYING NOT NULL,
    event_no              INTEGER NOT NULL,
    event_type            CHARACTER VARYING(32) NOT NULL,
    confidence            DOUBLE PRECISION NOT NULL,
    date_start            DATE,
    date_end              DATE,
    date_granularity      CHARACTER VARYING(16),
    date_text             CHARACTER VARYING,
    date_span_start       INTEGER,
    date_span_end         INTEGER,
    place_text            CHARACTER VARYING,
    place_name            CHARACTER VARYING,
    geonames_id           BIGINT,
    admin1                CHARACTER VARYING,
    admin2                CHARACTER VARYING,
    country               CHARACTER VARYING,
    lat                   DOUBLE PRECISION,
    lon                   DOUBLE PRECISION,
    place_precision       CHARACTER VARYING(16),
    place_span_start      INTEGER,
    place_span_end        INTEGER,
    killed_min            BIGINT,
    killed_max            BIGINT,
    injured_min           BIGINT,
    injured_max           BIGINT,
    civilians_killed_min  BIGINT,
    civilians_killed_max  BIGINT,
    children_killed_min   BIGINT,
    children_killed_max   BIGINT,
    women_killed_min      BIGINT,
    women_killed_max      BIGINT,
    combatants_killed_min BIGINT,
    combatants_killed_max BIGINT,
    CONSTRAINT event_pk PRIMARY KEY (article_id, event_no),
    CONSTRAINT event_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT event_confidence_ck CHECK (confidence >= 0 AND confidence <= 1),
    -- the Place record does not check its coordinates; a point off the globe is a geocoding bug, not data
    CONSTRAINT event_lat_ck CHECK (lat >= -90 AND lat <= 90),
    CONSTRAINT event_lon_ck CHECK (lon >= -180 AND lon <= 180)
);

CREATE INDEX event_country_idx ON event (country);
CREATE INDEX event_date_start_idx ON event (date_start);
CREATE INDEX event_lat_lon_idx ON event (lat, lon);

CREATE TABLE figure (
    article_id     CHARACTER VARYING NOT NULL,
    event_no       INTEGER NOT NULL,
    ord            INTEGER NOT NULL,
    measure        CHARACTER VARYING(32) NOT NULL,
    category       CHARACTER VARYING(32) NOT NULL,
    count_min      BIGINT NOT NULL,
    count_max      BIGINT NOT NULL,
    approximate    BOOLEAN NOT NULL,
    attributed_to  CHARACTER VARYING,
    stance         CHARACTER VARYING(16) NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    CONSTRAINT figure_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT figure_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

CREATE TABLE perpetrator (
    article_id  CHARACTER VARYING NOT NULL,
    event_no    INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    name        CHARACTER VARYING NOT NULL,
    kind        CHARACTER VARYING(32) NOT NULL,
    country     CHARACTER VARYING,
    phrase      CHARACTER VARYING,
    span_start  INTEGER,
    span_end    INTEGER,
    CONSTRAINT perpetrator_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT perpetrator_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

CREATE TABLE event_source (
    article_id  CHARACTER VARYING NOT NULL,
    event_no    INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    name        CHARACTER VARYING NOT NULL,
    CONSTRAINT event_source_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT event_source_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

CREATE TABLE evidence (
    article_id  CHARACTER VARYING NOT NULL,
    event_no    INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    CONSTRAINT evidence_pk PRIMARY KEY (article_id, event_no, ord),
    CONSTRAINT evidence_event_fk FOREIGN KEY (article_id, event_no)
        REFERENCES event (article_id, event_no) ON DELETE CASCADE
);

-- Campaign-level figures: kept with their source, never counted as incidents.
CREATE TABLE aggregate (
    article_id          CHARACTER VARYING NOT NULL,
    aggregate_no        INTEGER NOT NULL,
    measure             CHARACTER VARYING NOT NULL,
    count_min           BIGINT NOT NULL,
    count_max           BIGINT NOT NULL,
    period_start        DATE,
    period_end          DATE,
    period_granularity  CHARACTER VARYING(16),
    period_text         CHARACTER VARYING,
    period_span_start   INTEGER,
    period_span_end     INTEGER,
    attributed_to       CHARACTER VARYING,
    span_start          INTEGER NOT NULL,
    span_end            INTEGER NOT NULL,
    CONSTRAINT aggregate_pk PRIMARY KEY (article_id, aggregate_no),
    CONSTRAINT aggregate_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE aggregate_place (
    article_id    CHARACTER VARYING NOT NULL,
    aggregate_no  INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    name          CHARACTER VARYING NOT NULL,
    CONSTRAINT aggregate_place_pk PRIMARY KEY (article_id, aggregate_no, ord),
    CONSTRAINT aggregate_place_fk FOREIGN KEY (article_id, aggregate_no)
        REFERENCES aggregate (article_id, aggregate_no) ON DELETE CASCADE
);

CREATE TABLE aggregate_perpetrator (
    article_id    CHARACTER VARYING NOT NULL,
    aggregate_no  INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    name          CHARACTER VARYING NOT NULL,
    kind          CHARACTER VARYING(32) NOT NULL,
    country       CHARACTER VARYING,
    phrase        CHARACTER VARYING,
    span_start    INTEGER,
    span_end      INTEGER,
    CONSTRAINT aggregate_perpetrator_pk PRIMARY KEY (article_id, aggregate_no, ord),
    CONSTRAINT aggregate_perpetrator_fk FOREIGN KEY (article_id, aggregate_no)
        REFERENCES aggregate (article_id, aggregate_no) ON DELETE CASCADE
);
