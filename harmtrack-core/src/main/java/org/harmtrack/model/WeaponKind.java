package org.harmtrack.model;

import java.util.Locale;

/**
 * The means of a strike or attack, as the vocabulary monitors use for munition and strike types. {@link #key()} is
 * the name in the output contract, words separated by spaces ("barrel bomb", "white phosphorus").
 */
public enum WeaponKind {
    /** An air strike by aircraft not further named (warplanes, jets, bombing from the air). */
    AIRSTRIKE,
    DRONE,
    HELICOPTER,
    /** Shelling, artillery, tank fire. */
    ARTILLERY,
    /** Rockets and rocket launchers. */
    ROCKET,
    /** Guided, ballistic and cruise missiles. */
    MISSILE,
    MORTAR,
    BARREL_BOMB,
    CLUSTER_MUNITIONS,
    WHITE_PHOSPHORUS,
    /** Chlorine and other chemical weapons. */
    CHLORINE,
    /** Improvised explosive devices, car bombs, landmines, explosive remnants of war. */
    IED,
    /** Gunfire, shooting, snipers. */
    SMALL_ARMS,
    /** A suicide bombing or attack. */
    SUICIDE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
