package org.harmtrack.app.output;

import java.util.Locale;

/** Text sizes and rates as the commands report them; MB means 10^6 bytes of UTF-8 text. */
public final class Sizes {
    private Sizes() {
    }

    /** The length of {@code s} in UTF-8 bytes, without encoding it. */
    public static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3; // a lone surrogate is counted as 3 bytes too; it does not occur in real text
            }
        }
        return n;
    }

    public static double megabytes(long bytes) {
        return bytes / 1e6;
    }

    public static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
