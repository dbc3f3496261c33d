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
 * A year's figures for trustees from {@code cases} cases raised over that year: counting them into the five tables,
 * banding every count and working out, for each total the year's band allows, what a reader could narrow each count
 * to from all the tables together.
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

    private List<Figures.CaseFacts> facts;

    @Setup
    public void setUp() {
        Random random = new Random(11);
        LocalDate first = LocalDate.of(2025, 1, 1);
        ExploitationType[] types = ExploitationType.values();
        Route[] routes = Route.values();
        Nation[] nations = Nation.values();
        Resolution[] outcomes = Resolution.values();
        facts = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Set<ExploitationType> caseTypes = EnumSet.of(types[random.nextInt(types.length)]);
            Set<Route> caseRoutes = random.nextInt(3) == 0 ? Set.of() : EnumSet.of(routes[random.nextInt(routes.length)]);
            LocalDate raised = first.plusDays(random.nextInt(365));
            boolean closed = random.nextBoolean();
            facts.add(new Figures.CaseFacts(raised, caseTypes, caseRoutes,
                    Optional.of(nations[random.nextInt(nations.length)]), Optional.of(random.nextInt(5) == 0),
                    closed ? Optional.of(raised.plusDays(random.nextInt(60))) : Optional.empty(),
                    closed ? Optional.of(outcomes[random.nextInt(outcomes.length)]) : Optional.empty()));
        }
    }

    @Benchmark
    public Figures.Year figures() {
        return Figures.of(2025, facts);
    }
}
