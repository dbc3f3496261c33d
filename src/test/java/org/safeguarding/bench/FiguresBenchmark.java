package org.safeguarding.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
import org.safeguarding.referral.Figures;
import org.safeguarding.referral.Resolution;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;

/**
 * The figures for trustees from {@code cases} cases raised over {@code quarters} quarters: counting them into the five
 * tables and suppressing small numbers, which checks each hidden number with a maximum flow until none can be worked
 * out. A small charity's few cases over a year leave many small numbers to hide; a large one's many cases few.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FiguresBenchmark {
    @Param({"60", "10000"})
    public int cases;

    @Param({"4", "20"})
    public int quarters;

    private List<Figures.CaseFacts> facts;

    @Setup
    public void setUp() {
        Random random = new Random(11);
        LocalDate first = LocalDate.of(2026, 12, 1).minusMonths(3L * quarters - 1);
        ExploitationType[] types = ExploitationType.values();
        Route[] routes = Route.values();
        Nation[] nations = Nation.values();
        Resolution[] outcomes = Resolution.values();
        facts = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Set<ExploitationType> caseTypes = EnumSet.of(types[random.nextInt(types.length)]);
            Set<Route> caseRoutes = random.nextInt(3) == 0 ? Set.of() : EnumSet.of(routes[random.nextInt(routes.length)]);
            facts.add(new Figures.CaseFacts(first.plusDays(random.nextInt(quarters * 91)), caseTypes, caseRoutes,
                    Optional.of(nations[random.nextInt(nations.length)]), Optional.of(random.nextInt(5) == 0),
                    random.nextBoolean() ? Optional.empty() : Optional.of(outcomes[random.nextInt(outcomes.length)])));
        }
    }

    @Benchmark
    public List<Figures.Table> figures() {
        return Figures.of(facts);
    }
}
