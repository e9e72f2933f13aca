/**
 * Getting documents in: reading text, HTML, RSS/Atom, WARC and JSON Lines with their provenance and dates, guarding
 * the extractor against any one document, fetching politely and watching feeds, and storing what is extracted with
 * every problem logged by the name of its input.
 */
package org.harmtrack.app.ingest;
