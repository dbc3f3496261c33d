package org.safeguarding.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a case view pays to find the other cases sharing a marker, with 1,000 and with 100,000 markers in a real
 * database ({@link MarkersAtScale}): each operation is one case's look-up, a different case each time, so no answer
 * is reused. Flat in the table's size when the indexes serve it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarkersBenchmark {
    @Param({"1000", "100000"})
    public int markers;

    private MarkersAtScale scale;

    @Setup
    public void setUp() {
        scale = new MarkersAtScale(markers);
    }

    @Benchmark
    public Set<String> caseView() {
        return scale.nextCaseView();
    }
}
