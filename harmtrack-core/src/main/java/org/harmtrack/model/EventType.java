package org.harmtrack.model;

/** The kinds of incident in the output contract. */
public enum EventType {
    AIRSTRIKE, DRONE_STRIKE, SHELLING, ARMED_CLASH, EXPLOSIVE_DEVICE, SUICIDE_BOMBING, ATTACK,
    GROUND_OPERATION, SHOOTDOWN, MASS_GRAVE, OTHER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EventType fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
