/** Immutable domain records passed between the pipeline stages and to the store: documents, figures, places, events. */
package org.harmtrack.model;
