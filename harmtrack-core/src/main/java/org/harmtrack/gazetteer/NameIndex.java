package org.harmtrack.gazetteer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Names to gazetteer entries: sorted keys with their entry numbers in one flat array, found through an
 * open-addressing table of key numbers. Compact (no per-key objects but the key strings) and quick to write
 * and read back, which is what makes the prebuilt gazetteer index load fast.
 * <p>Thread-safe: immutable.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];

    private final String[] keys;
    private final int[] starts; // entries of keys[k] are values[starts[k] .. starts[k + 1])
    private final int[] values;
    private final int[] table; // open addressing over keys: slot holds k + 1, 0 when empty
    private final int mask;

    private NameIndex(String[] keys, int[] starts, int[] values) {
        this.keys = keys;
        this.starts = starts;
        this.values = values;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.table = new int[capacity];
        this.mask = capacity - 1;
        for (int k = 0; k < keys.length; k++) {
            int slot = mix(keys[k].hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    static NameIndex of(Map<String, int[]> map) {
        String[] keys = map.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        int[] starts = new int[keys.length + 1];
        int total = 0;
        for (int k = 0; k < keys.length; k++) {
            starts[k] = total;
            total += map.get(keys[k]).length;
        }
        starts[keys.length] = total;
        int[] values = new int[total];
        for (int k = 0; k < keys.length; k++) {
            int[] v = map.get(keys[k]);
            System.arraycopy(v, 0, values, starts[k], v.length);
        }
        return new NameIndex(keys, starts, values);
    }

    int[] get(String key) {
        int slot = mix(key.hashCode()) & mask;
        for (int k; (k = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (keys[k - 1].equals(key)) {
                return Arrays.copyOfRange(values, starts[k - 1], starts[k]);
            }
        }
        return NONE;
    }

    int size() {
        return keys.length;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(keys.length);
        for (String key : keys) {
            out.writeUTF(key);
        }
        for (int s : starts) {
            out.writeInt(s);
        }
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static NameIndex read(DataInput in) throws IOException {
        String[] keys = new String[in.readInt()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = in.readUTF();
        }
        int[] starts = new int[keys.length + 1];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = in.readInt();
        }
        int[] values = new int[in.readInt()];
        for (int v = 0; v < values.length; v++) {
            values[v] = in.readInt();
        }
        return new NameIndex(keys, starts, values);
    }
}
