/**
 * Incident lists written as a table, JSON Lines, CSV or GeoJSON: the formats of {@code harmtrack incidents},
 * kept apart from the command so that other front ends (the HTTP API) write the same bytes.
 */
package org.harmtrack.app.output;
