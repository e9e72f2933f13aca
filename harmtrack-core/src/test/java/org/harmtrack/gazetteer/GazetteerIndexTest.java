package org.harmtrack.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GazetteerIndexTest {

    private static Gazetteer roundTrip(Gazetteer g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerIndex.write(g, out);
        return GazetteerIndex.read(new ByteArrayInputStream(out.toByteArray()), "test index");
    }

    @Test
    void aWrittenIndexReadsBackTheSameEntriesNamesAndRegions() throws IOException {
        Gazetteer original = FixtureGazetteer.gazetteer();
        Gazetteer copy = roundTrip(original);
        assertEquals(original.size(), copy.size());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.entry(i), copy.entry(i));
            assertEquals(original.prior(i), copy.prior(i));
        }
        for (String name : new String[] {"Tal Safra", "al-Shaddadi", "Miranshah", "Idlib", "Deir ez-Zor", "Syria"}) {
            String key = NameKey.exact(name);
            assertArrayEquals(original.byExactKey(key), copy.byExactKey(key), name);
            String skeleton = NameKey.skeleton(key);
            assertArrayEquals(original.bySkeleton(skeleton), copy.bySkeleton(skeleton), name);
        }
        assertEquals(original.admin1Name("SY.07"), copy.admin1Name("SY.07"));
        assertEquals(original.countryOfWord("Syrian"), copy.countryOfWord("Syrian"));
        assertEquals(original.country("SY"), copy.country("SY"));
    }

    @Test
    void aNameNotInTheGazetteerFindsNothing() throws IOException {
        assertEquals(0, roundTrip(FixtureGazetteer.gazetteer()).byExactKey("nowhere at all").length);
    }

    @Test
    void aFileThatIsNotAnIndexIsRefusedNamingIt() {
        IOException e = assertThrows(IOException.class,
                () -> GazetteerIndex.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), "junk.idx"));
        assertTrue(e.getMessage().contains("junk.idx"), e.getMessage());
    }
}
