/** The gazetteer (GeoNames places, regions and countries, loaded once) and the geoparser that resolves place mentions against it. */
package org.harmtrack.gazetteer;
