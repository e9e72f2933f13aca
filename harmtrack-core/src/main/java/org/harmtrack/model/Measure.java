package org.harmtrack.model;

/** What a casualty figure counts. */
public enum Measure {
    KILLED, INJURED, KILLED_OR_INJURED, MISSING;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
