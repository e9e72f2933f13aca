package org.harmtrack.app.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per metric: how many records a metric covers and how many of them the prediction got right. Metrics are
 * kept in name order, as the shared scorers print them.
 * <p>Not thread-safe.
 */
public final class Tally {
    /** One metric: {@code right} of {@code covered} records. */
    public record Metric(String name, int right, int covered) {
        /** The share right, rounded to four places half-even as the Python scorers' {@code round(x, 4)} does. */
        public double value() {
            return covered == 0 ? 0 : new BigDecimal((double) right / covered).setScale(4, RoundingMode.HALF_EVEN)
                    .doubleValue();
        }

        /** {@link #value} with three decimals, as the Python scorers' {@code f"{v:.3f}"} prints it. */
        public String formatted() {
            return new BigDecimal(value()).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Counts one record under {@code metric}, right or not. */
    public void add(String metric, boolean right) {
        int[] c = counts.computeIfAbsent(metric, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    /** Every metric counted so far, in name order. */
    public Map<String, Metric> metrics() {
        Map<String, Metric> out = new LinkedHashMap<>();
        counts.forEach((name, c) -> out.put(name, new Metric(name, c[0], c[1])));
        return out;
    }

    /** The metrics counted so far that {@code order} names, in that order. */
    public Map<String, Metric> metrics(List<String> order) {
        Map<String, Metric> all = metrics();
        Map<String, Metric> out = new LinkedHashMap<>();
        order.stream().filter(all::containsKey).forEach(name -> out.put(name, all.get(name)));
        return out;
    }
}
