package org.harmtrack.model;

/** How precisely a date expression pins its time down. */
public enum DateGranularity {
    DAY, WEEK, MONTH, YEAR, PERIOD;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
