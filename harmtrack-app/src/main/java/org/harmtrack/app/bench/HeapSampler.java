package org.harmtrack.app.bench;

import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every {@link #PERIOD_MILLIS} ms on a daemon thread and keeps the largest value seen: the
 * peak heap of a benchmark run (a sampled maximum, so a spike shorter than the period can be missed).
 * <p>Thread-safe.
 */
final class HeapSampler implements AutoCloseable {
    static final long PERIOD_MILLIS = 10;

    private final MemoryMXBean memory;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer;

    private HeapSampler(MemoryMXBean memory) {
        this.memory = memory;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "harmtrack-heap-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    static HeapSampler start(MemoryMXBean memory) {
        HeapSampler sampler = new HeapSampler(memory);
        sampler.sample();
        sampler.timer.scheduleAtFixedRate(sampler::sample, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** Takes one sample now. */
    void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The largest used heap sampled so far, in bytes. */
    long peak() {
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(1, TimeUnit.SECONDS);
    }
}
