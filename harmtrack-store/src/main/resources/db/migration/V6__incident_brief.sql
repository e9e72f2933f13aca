-- harmtrack incident store, version 6: the rest of what a list or a map shows of an incident kept on its row, so
-- that a page of incidents is read from the incident table alone, however many reports each incident has: the
-- place's regions, the title of its first report and the sources its grade counts (one per line). Rows of older
-- versions have sources null until the store completes them when it opens.
ALTER TABLE incident ADD COLUMN admin1 CHARACTER VARYING;
ALTER TABLE incident ADD COLUMN admin2 CHARACTER VARYING;
ALTER TABLE incident ADD COLUMN title CHARACTER VARYING;
ALTER TABLE incident ADD COLUMN sources CHARACTER VARYING;
