package org.harmtrack.link;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incident ids, safe in a URL path as they are: "inc:" then the id of the incident's earliest report and the
 * event's 1-based number in it, "inc:a17.2". A report id's characters outside letters, digits, '-', '.', '_',
 * ':' and '@' are written as '~' and two hexadecimal digits of each UTF-8 byte ("web/page 1" is "web~2Fpage~201"),
 * so an id never needs encoding in a link and two reports never share one. A second incident that would take an id
 * in use gets "-2", "-3" after it.
 * <p>Ids written before this form held '#' ("inc:a17#2"); {@link #fromLegacy} gives the id such an incident has
 * now. Thread-safe: stateless.
 */
public final class IncidentIds {
    private static final Pattern LEGACY = Pattern.compile("inc:(.*)#(\\d+)(?:~(\\d+))?");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private IncidentIds() {
    }

    /** The id of the incident whose earliest report is event {@code eventNo} (1-based) of document {@code documentId}. */
    public static String of(String documentId, int eventNo) {
        return "inc:" + escape(documentId) + "." + eventNo;
    }

    /** The id with a suffix, for an incident whose natural id another incident holds: "inc:a.1-2". */
    public static String withSuffix(String id, int n) {
        return id + "-" + n;
    }

    /** The id an incident with a legacy id ("inc:a b#2", "inc:a#2~3") has now ("inc:a~20b.2", "inc:a.2-3"). */
    public static String fromLegacy(String legacy) {
        Matcher m = LEGACY.matcher(legacy);
        if (!m.matches()) {
            return legacy.startsWith("inc:") ? "inc:" + escape(legacy.substring(4)) : escape(legacy);
        }
        String id = of(m.group(1), Integer.parseInt(m.group(2)));
        return m.group(3) == null ? id : withSuffix(id, Integer.parseInt(m.group(3)));
    }

    /** Whether an id can stand in a URL path as it is. */
    public static boolean isUrlSafe(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (!safe(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (safe(c) && c != '~') {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('~').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out.toString();
    }

    private static boolean safe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == ':' || c == '@' || c == '~';
    }
}
