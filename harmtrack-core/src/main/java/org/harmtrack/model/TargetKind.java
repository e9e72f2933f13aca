package org.harmtrack.model;

import java.util.Locale;

/**
 * What a strike hit, as a small vocabulary that maps onto the infrastructure categories monitors publish (Airwars:
 * residential, healthcare, education, religious, commercial/market, infrastructure, camps for the displaced,
 * vehicles, agriculture; plus military and government sites and humanitarian premises, which reports name and
 * monitors note apart). {@link #key()} is the name in the output contract ("residential").
 */
public enum TargetKind {
    /** Homes, houses, residential buildings. */
    RESIDENTIAL,
    /** Hospitals, clinics, medical points, ambulances. */
    HEALTHCARE,
    /** Schools, universities, kindergartens. */
    EDUCATION,
    /** Mosques, churches, shrines. */
    RELIGIOUS,
    /** Markets, shops, bakeries, fuel stations and other commercial premises. */
    MARKET,
    /** Water and power stations, bridges, roads, dams, oil installations, airports. */
    INFRASTRUCTURE,
    /** Camps and tents of the displaced. */
    CAMP,
    /** Cars, buses, trucks, motorcycles. */
    VEHICLE,
    /** Farms, fields, poultry farms, livestock. */
    AGRICULTURE,
    /** Bases, positions, checkpoints, depots and headquarters of armed forces or groups. */
    MILITARY,
    /** Government offices, courts, prisons, police stations. */
    GOVERNMENT,
    /** Aid convoys and warehouses, aid agencies' and civil defence premises. */
    HUMANITARIAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
