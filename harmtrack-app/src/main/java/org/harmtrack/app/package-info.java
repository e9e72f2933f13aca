/** The harmtrack command line: extract, ingest, incidents, demo, bench. */
package org.harmtrack.app;
