package org.safeguarding.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The cost of A as a multiple of B's, measured so the figure survives a busy machine: A and B run in alternating
 * short blocks in one JVM, the order swapped in each pair, so whatever else the machine does falls on both alike;
 * each pair gives the ratio of A's time per operation to B's, and the result is their geometric mean with a 95 %
 * interval (Student's t over the logarithms). JMH stays for absolute times and allocation.
 */
public final class Interleaved {
    /** How long one block of one side runs, so a pair sees the same few milliseconds of the machine. */
    private static final long BLOCK_NANOS = 5_000_000L;

    private final int pairs;
    private final long warmUpNanos;
    /** Every result is folded in here, so the JIT cannot drop the work that made it. */
    private int sink;

    /**
     * @param pairs      how many A-and-B pairs are measured
     * @param warmUpMillis how long each side runs first, unmeasured, so both are compiled before they are compared
     */
    public Interleaved(int pairs, long warmUpMillis) {
        if (pairs < 2) {
            throw new IllegalArgumentException("An interval needs at least two pairs, not " + pairs);
        }
        this.pairs = pairs;
        this.warmUpNanos = warmUpMillis * 1_000_000L;
    }

    /** A ratio with its 95 % interval and how many pairs it came from. */
    public record Ratio(double ratio, double low, double high, int pairs) {
        /** Whether the interval lies wholly at or below {@code limit}. */
        public boolean atMost(double limit) {
            return high <= limit;
        }

        /** Whether the interval lies wholly at or above {@code limit}. */
        public boolean atLeast(double limit) {
            return low >= limit;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", ratio, low, high);
        }
    }

    /** A's cost per operation as a multiple of B's. */
    public Ratio ratio(Supplier<?> a, Supplier<?> b) {
        long opsA = calibrate(a);
        long opsB = calibrate(b);
        double[] ratios = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            double perOpA;
            double perOpB;
            if (pair % 2 == 0) {
                perOpA = block(a, opsA);
                perOpB = block(b, opsB);
            } else {
                perOpB = block(b, opsB);
                perOpA = block(a, opsA);
            }
            ratios[pair] = perOpA / perOpB;
        }
        return summarise(ratios);
    }

    /** The geometric mean of per-pair ratios and its 95 % interval. */
    static Ratio summarise(double[] ratios) {
        if (ratios.length < 2 || Arrays.stream(ratios).anyMatch(ratio -> !(ratio > 0) || Double.isInfinite(ratio))) {
            throw new IllegalArgumentException("Ratios must be two or more positive numbers: "
                    + Arrays.toString(ratios));
        }
        double[] logs = Arrays.stream(ratios).map(Math::log).toArray();
        double mean = Arrays.stream(logs).average().orElseThrow();
        double variance = Arrays.stream(logs).map(log -> (log - mean) * (log - mean)).sum() / (logs.length - 1);
        double t = new TDistribution(logs.length - 1).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(variance / logs.length);
        return new Ratio(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half), ratios.length);
    }

    /** Runs the side for the warm-up, and says how many operations fill one block. */
    private long calibrate(Supplier<?> side) {
        long operations = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            consume(side.get());
            operations++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < warmUpNanos);
        return Math.max(1, operations * BLOCK_NANOS / Math.max(1, elapsed));
    }

    /** Nanoseconds per operation over one block. */
    private double block(Supplier<?> side, long operations) {
        long start = System.nanoTime();
        for (long i = 0; i < operations; i++) {
            consume(side.get());
        }
        return (double) (System.nanoTime() - start) / operations;
    }

    private void consume(Object result) {
        sink ^= System.identityHashCode(result);
    }

    /** Read once the measuring is done, so the results were used. */
    int sink() {
        return sink;
    }
}
