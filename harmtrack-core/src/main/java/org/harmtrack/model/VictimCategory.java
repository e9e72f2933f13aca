package org.harmtrack.model;

/** Who a casualty figure counts. {@code ALL} is everyone the figure covers, whatever their status. */
public enum VictimCategory {
    ALL, CIVILIANS, CHILDREN, WOMEN, MEN, FIGHTERS;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
