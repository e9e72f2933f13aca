-- harmtrack incident store, version 3: each incident's summary kept on its row, so that incidents are filtered,
-- sorted, counted and paged in SQL. The linker rewrites the row of every incident it touches (IncidentSummary:
-- dates from the earliest to the latest report, the finest place, the reconciled killed and civilian ranges, the
-- corroboration grade). Nulls mean unknown, as in the event table.
ALTER TABLE incident ADD COLUMN date_start DATE;
ALTER TABLE incident ADD COLUMN date_end DATE;
ALTER TABLE incident ADD COLUMN event_type CHARACTER VARYING(32);
ALTER TABLE incident ADD COLUMN place_name CHARACTER VARYING;
ALTER TABLE incident ADD COLUMN country CHARACTER VARYING;
ALTER TABLE incident ADD COLUMN lat DOUBLE PRECISION;
ALTER TABLE incident ADD COLUMN lon DOUBLE PRECISION;
ALTER TABLE incident ADD COLUMN place_precision CHARACTER VARYING(16);
ALTER TABLE incident ADD COLUMN killed_min BIGINT;
ALTER TABLE incident ADD COLUMN killed_max BIGINT;
ALTER TABLE incident ADD COLUMN civilians_min BIGINT;
ALTER TABLE incident ADD COLUMN civilians_max BIGINT;
ALTER TABLE incident ADD COLUMN grade CHARACTER VARYING(16);
ALTER TABLE incident ADD COLUMN reports INTEGER;

CREATE INDEX incident_date_idx ON incident (date_start);
CREATE INDEX incident_country_idx ON incident (country);
CREATE INDEX incident_lat_lon_idx ON incident (lat, lon);
CREATE INDEX incident_killed_idx ON incident (killed_min);
