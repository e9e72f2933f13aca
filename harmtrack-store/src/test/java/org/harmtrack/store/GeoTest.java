package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.harmtrack.model.GreatCircle;
import org.junit.jupiter.api.Test;

class GeoTest {
    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        assertEquals(111.195, GreatCircle.distanceKm(10, 20, 11, 20), 0.001);
        assertEquals(0, GreatCircle.distanceKm(-16.5, 180, -16.5, -180), 1e-9, "the antimeridian is one line");
    }

    @Test
    void theBoundingBoxContainsEveryPointOfTheCircleAnywhereOnTheGlobe() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double lat = random.nextDouble() * 180 - 90;
            double lon = random.nextDouble() * 360 - 180;
            double radius = Math.pow(10, random.nextDouble() * 4 - 1); // 0.1 .. 1000 km
            double bearing = random.nextDouble() * 2 * Math.PI;
            double[] p = destination(lat, lon, bearing, radius * 0.9999);
            Geo.Box box = Geo.boundingBox(lat, lon, radius);
            String where = "centre " + lat + "," + lon + " radius " + radius + " point " + p[0] + "," + p[1];
            assertTrue(p[0] >= box.minLat() && p[0] <= box.maxLat(), where);
            boolean lonInside = box.anyLon()
                    || (box.wraps() ? p[1] >= box.minLon() || p[1] <= box.maxLon()
                                    : p[1] >= box.minLon() && p[1] <= box.maxLon());
            assertTrue(lonInside, where + " box " + box);
        }
    }

    /** The point {@code km} away from (lat, lon) on the initial bearing, longitude normalised to -180..180. */
    private static double[] destination(double lat, double lon, double bearing, double km) {
        double d = km / GreatCircle.EARTH_RADIUS_KM;
        double p1 = Math.toRadians(lat);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
        double l2 = Math.toRadians(lon) + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lonDeg = Math.toDegrees(l2);
        lonDeg = ((lonDeg + 540) % 360) - 180;
        return new double[] {Math.toDegrees(p2), lonDeg};
    }
}
