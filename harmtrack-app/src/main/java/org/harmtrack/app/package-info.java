/**
 * The harmtrack application: {@link org.harmtrack.app.Main} and the {@link org.harmtrack.app.Resources} its
 * commands and server share. Its rooms: {@code cli} (the commands), {@code ingest} (reading documents from files,
 * feeds, archives and the web, and storing what is extracted from them), {@code web} (HTTP API and page),
 * {@code output} (tables, JSON Lines, CSV, GeoJSON and JSON as the commands and the API write them) and
 * {@code bench} (the benchmarks).
 */
package org.harmtrack.app;
