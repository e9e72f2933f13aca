package org.harmtrack.app.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.harmtrack.app.output.Sizes;

/**
 * The results of {@code harmtrack bench}, as a plain-text table or one JSON object.
 *
 * @param documents        documents in a pass
 * @param bytes            UTF-8 bytes of their text
 * @param gazetteerMillis  how long loading the gazetteer took (0 when it was loaded already)
 * @param heapAfterLoad    bytes of heap used after the load and a full GC
 * @param warmup           untimed passes run first
 * @param passes           the timed passes
 * @param peakHeap         the largest used heap sampled during the run, in bytes
 * @param maxHeap          the heap limit, in bytes (-1 if undefined)
 */
public record BenchReport(int documents, long bytes, long gazetteerMillis, long heapAfterLoad, int warmup,
                          List<Pass> passes, long peakHeap, long maxHeap) {
    public BenchReport {
        passes = List.copyOf(passes);
    }

    /** One timed pass over all documents. */
    public record Pass(double seconds, long events) {
    }

    public double megabytesPerSecond(Pass p) {
        return Sizes.megabytes(bytes) / p.seconds();
    }

    public double documentsPerSecond(Pass p) {
        return documents / p.seconds();
    }

    public double medianMegabytesPerSecond() {
        return median(passes.stream().mapToDouble(this::megabytesPerSecond).toArray());
    }

    public double medianDocumentsPerSecond() {
        return median(passes.stream().mapToDouble(this::documentsPerSecond).toArray());
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The plain-text report. */
    public String toTable() {
        StringBuilder s = new StringBuilder();
        s.append(Sizes.format("documents        %d (%.3f MB of UTF-8 text), 1 thread, %d warm-up pass%s%n",
                documents, Sizes.megabytes(bytes), warmup, warmup == 1 ? "" : "es"));
        s.append(Sizes.format("gazetteer load   %d ms, heap used after load %.1f MiB%n", gazetteerMillis, mib(heapAfterLoad)));
        s.append(Sizes.format("%n%-8s %10s %10s %12s %10s%n", "pass", "seconds", "MB/s", "docs/s", "events"));
        for (int i = 0; i < passes.size(); i++) {
            Pass p = passes.get(i);
            s.append(Sizes.format("%-8d %10.3f %10.3f %12.1f %10d%n", i + 1, p.seconds(), megabytesPerSecond(p),
                    documentsPerSecond(p), p.events()));
        }
        s.append(Sizes.format("%-8s %10s %10.3f %12.1f%n%n", "median", "", medianMegabytesPerSecond(),
                medianDocumentsPerSecond()));
        s.append(Sizes.format("peak heap used   %.1f MiB (sampled every %d ms; max heap %s)%n", mib(peakHeap),
                HeapSampler.PERIOD_MILLIS, maxHeap < 0 ? "undefined" : Sizes.format("%.0f MiB", mib(maxHeap))));
        s.append(Sizes.format("java             %s, %d processors%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors()));
        return s.toString();
    }

    /** The report as one JSON object; sizes in bytes, rates per second. */
    public String toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("documents", documents);
        n.put("bytes", bytes);
        n.put("threads", 1);
        n.put("gazetteer_load_ms", gazetteerMillis);
        n.put("heap_used_after_load_bytes", heapAfterLoad);
        n.put("warmup_passes", warmup);
        var array = n.putArray("passes");
        for (Pass p : passes) {
            ObjectNode pn = array.addObject();
            pn.put("seconds", p.seconds());
            pn.put("mb_per_s", megabytesPerSecond(p));
            pn.put("docs_per_s", documentsPerSecond(p));
            pn.put("events", p.events());
        }
        n.put("median_mb_per_s", medianMegabytesPerSecond());
        n.put("median_docs_per_s", medianDocumentsPerSecond());
        n.put("peak_heap_used_bytes", peakHeap);
        n.put("max_heap_bytes", maxHeap);
        n.put("java", Runtime.version().toString());
        n.put("processors", Runtime.getRuntime().availableProcessors());
        return n.toString();
    }

    /** Heap sizes are shown in MiB, as JVM options (-Xmx) count them. */
    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
