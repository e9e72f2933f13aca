/**
 * The HTTP API (Javalin) and the web page it serves: search parameters read and checked once, errors that name the
 * parameter, and the map, timeline, incident and comparison pages as static resources.
 */
package org.harmtrack.app.web;
