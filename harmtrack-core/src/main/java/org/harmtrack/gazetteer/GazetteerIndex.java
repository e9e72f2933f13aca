package org.harmtrack.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer as one binary file, written once (at build time for the default gazetteer, by
 * {@code harmtrack gazetteer import} for a user's) and read back in about a second: entries with their
 * repeated strings (countries, region codes, feature codes) stored once, and the name indexes as sorted arrays.
 * <p>Format version {@value #VERSION}; a file of another version is refused with a message naming it.
 * <p>Thread-safe: stateless.
 */
public final class GazetteerIndex {
    static final int VERSION = 1;
    private static final int MAGIC = 0x48544758; // "HTGX"

    private GazetteerIndex() {
    }

    /** Writes {@code gazetteer} to {@code out} (not closed). */
    public static void write(Gazetteer gazetteer, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        GeoEntry[] entries = gazetteer.entries();
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        for (GeoEntry e : entries) {
            for (String s : new String[] {e.country(), e.admin1Code(), e.admin2Code(), e.featureCode()}) {
                table.computeIfAbsent(s, k -> {
                    strings.add(k);
                    return strings.size() - 1;
                });
            }
        }
        data.writeInt(strings.size());
        for (String s : strings) {
            data.writeUTF(s);
        }
        data.writeInt(entries.length);
        for (GeoEntry e : entries) {
            data.writeLong(e.id());
            data.writeUTF(e.name());
            data.writeDouble(e.lat());
            data.writeDouble(e.lon());
            data.writeInt(table.get(e.country()));
            data.writeInt(table.get(e.admin1Code()));
            data.writeInt(table.get(e.admin2Code()));
            data.writeLong(e.population());
            data.writeByte(e.level().ordinal());
            data.writeInt(table.get(e.featureCode()));
        }
        gazetteer.exactIndex().write(data);
        gazetteer.skeletonIndex().write(data);
        writeMap(data, gazetteer.admin1Names());
        writeMap(data, gazetteer.admin2Names());
        writeMap(data, gazetteer.countryWords());
        data.flush();
    }

    /** Reads a gazetteer written by {@link #write}; {@code source} names the input in error messages. */
    public static Gazetteer read(InputStream in, String source) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException(source + " is not a harmtrack gazetteer index");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException(source + " is a gazetteer index of format " + version + ", this harmtrack reads "
                    + VERSION + ": import the GeoNames files again");
        }
        String[] strings = new String[data.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = data.readUTF();
        }
        GeoLevel[] levels = GeoLevel.values();
        GeoEntry[] entries = new GeoEntry[data.readInt()];
        Map<String, GeoEntry> countries = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new GeoEntry(data.readLong(), data.readUTF(), data.readDouble(), data.readDouble(),
                    strings[data.readInt()], strings[data.readInt()], strings[data.readInt()], data.readLong(),
                    levels[data.readByte()], strings[data.readInt()]);
            if (entries[i].level() == GeoLevel.COUNTRY) {
                countries.put(entries[i].country(), entries[i]);
            }
        }
        NameIndex exact = NameIndex.read(data);
        NameIndex skeleton = NameIndex.read(data);
        Map<String, String> admin1 = readMap(data);
        Map<String, String> admin2 = readMap(data);
        Map<String, String> countryWords = readMap(data);
        return new Gazetteer(entries, exact, skeleton, admin1, admin2, countryWords, countries);
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return Map.copyOf(map);
    }
}
