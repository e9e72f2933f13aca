/** Reading incidents out of one document: casualty figures, actors, sources, and their assembly into events and aggregates. */
package org.harmtrack.extract;
