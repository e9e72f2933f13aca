package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncidentIdsTest {
    @Test
    void commonReportIdsStayReadableAndOthersAreWrittenSoThatALinkNeedsNoEncoding() {
        assertEquals("inc:demo-005.1", IncidentIds.of("demo-005", 1));
        assertEquals("inc:acled:SYR55231.2", IncidentIds.of("acled:SYR55231", 2));
        assertEquals("inc:https:~2F~2Fnews.example~2Fa~3Fx~3D1~23top.1", IncidentIds.of("https://news.example/a?x=1#top", 1));
        assertEquals("inc:a~20b~7Ec.3", IncidentIds.of("a b~c", 3));
        assertEquals("inc:~D8~AD~D9~84~D8~A8.1", IncidentIds.of("حلب", 1));
        for (String id : List.of(IncidentIds.of("https://news.example/a?x=1#top", 1), IncidentIds.of("حلب 😀", 7))) {
            assertTrue(IncidentIds.isUrlSafe(id), id);
            assertEquals("/api/incidents/" + id, URI.create("http://h/api/incidents/" + id).getRawPath());
        }
        assertFalse(IncidentIds.isUrlSafe("inc:a#1"));
    }

    @Test
    void legacyIdsWithHashBecomeTheIdsTheirIncidentsHaveNow() {
        assertEquals("inc:a17.2", IncidentIds.fromLegacy("inc:a17#2"));
        assertEquals("inc:a17.2-3", IncidentIds.fromLegacy("inc:a17#2~3"));
        assertEquals("inc:web~2Fp~23q.1", IncidentIds.fromLegacy("inc:web/p#q#1"));
    }

    @Test
    void differentReportsOrEventsNeverShareAnId() {
        Random random = new Random(14);
        String alphabet = "ab.-_~:#/ 1é";
        Map<String, String> seen = new HashMap<>();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder doc = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                doc.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = doc + "|" + (1 + random.nextInt(3));
            String id = IncidentIds.of(doc.toString(), Integer.parseInt(key.substring(key.indexOf('|') + 1)));
            String before = seen.putIfAbsent(id, key);
            assertTrue(before == null || before.equals(key), () -> id + " for both " + before + " and " + key);
            assertTrue(IncidentIds.isUrlSafe(id), id);
        }
    }
}
