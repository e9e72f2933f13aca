package org.harmtrack.store;

import org.harmtrack.model.GreatCircle;

/**
 * The bounding box that prefilters rows in SQL before the exact distance ({@link GreatCircle}) is tested in Java.
 */
final class Geo {
    /** Widens the box a little so rounding never drops a point the exact test would keep. */
    private static final double MARGIN_DEG = 1e-6;

    private Geo() {
    }

    /**
     * A latitude/longitude box containing every point within {@code radiusKm} of the centre.
     *
     * @param wraps  the longitude interval crosses the antimeridian: match lon >= minLon OR lon <= maxLon
     * @param anyLon the circle reaches a pole (or is huge): no longitude bound at all
     */
    record Box(double minLat, double maxLat, double minLon, double maxLon, boolean wraps, boolean anyLon) {
    }

    static Box boundingBox(double lat, double lon, double radiusKm) {
        double d = radiusKm / GreatCircle.EARTH_RADIUS_KM; // angular radius, radians
        double latR = Math.toRadians(lat);
        double minLat = latR - d;
        double maxLat = latR + d;
        if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2 || d >= Math.PI / 2) {
            // a pole lies inside the circle: every longitude is possible
            return new Box(Math.max(-90, Math.toDegrees(minLat) - MARGIN_DEG),
                    Math.min(90, Math.toDegrees(maxLat) + MARGIN_DEG), -180, 180, false, true);
        }
        // widest longitude offset of the circle, reached at a latitude other than the centre's
        double dLon = Math.toDegrees(Math.asin(Math.sin(d) / Math.cos(latR))) + MARGIN_DEG;
        double minLon = lon - dLon;
        double maxLon = lon + dLon;
        boolean wraps = false;
        if (minLon < -180) {
            minLon += 360;
            wraps = true;
        } else if (maxLon > 180) {
            maxLon -= 360;
            wraps = true;
        }
        return new Box(Math.toDegrees(minLat) - MARGIN_DEG, Math.toDegrees(maxLat) + MARGIN_DEG,
                minLon, maxLon, wraps, false);
    }
}
