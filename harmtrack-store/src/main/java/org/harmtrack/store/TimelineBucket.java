package org.harmtrack.store;

/**
 * The incidents of one month, for a timeline.
 *
 * @param month      "YYYY-MM", the month of the incidents' first day
 * @param incidents  how many incidents
 * @param killedMin  the sum of their reconciled killed minimums (unknown counts as 0)
 * @param killedMax  the sum of their maximums
 */
public record TimelineBucket(String month, long incidents, long killedMin, long killedMax) {
}
