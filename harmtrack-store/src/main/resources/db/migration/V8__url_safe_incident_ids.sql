-- harmtrack incident store, version 8: incident ids safe in a URL path ("inc:a17.2" rather than "inc:a17#2").
-- The rewriting is done by the store when it opens an upgraded database (JdbcIncidentStore.completeOlderRows):
-- each incident whose id holds '#' gets its new id, its reports and aliases follow it, and the old id becomes
-- an alias of the new one, so that links shared before the upgrade still find the incident. This script records
-- the version and says so on the table.
COMMENT ON TABLE incident IS 'incidents linked across reports; ids safe in a URL path since version 8';
