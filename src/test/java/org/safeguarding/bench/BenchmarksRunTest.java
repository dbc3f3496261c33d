package org.safeguarding.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Every benchmark runs once, at its first parameters, on every build: a benchmark is run by hand only now and then,
 * and one whose page or panel has gained a required value since would otherwise fail only when someone measures.
 */
public class BenchmarksRunTest {
    private static final List<Class<?>> BENCHMARKS = List.of(AssessmentBenchmark.class, ResourcesPanelBenchmark.class,
            WorkQueuesBenchmark.class, FiguresBenchmark.class, AccessLogExportBenchmark.class,
            MarkersBenchmark.class);

    @Test
    public void everyBenchmark_shouldRunOnceWithoutFailing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Class<?> benchmark : BENCHMARKS) {
            Object state = benchmark.getDeclaredConstructor().newInstance();
            firstParameters(state);
            for (Method method : benchmark.getMethods()) {
                if (method.isAnnotationPresent(Setup.class)) {
                    method.invoke(state);
                }
            }
            for (Method method : benchmark.getMethods()) {
                if (method.isAnnotationPresent(Benchmark.class)) {
                    try {
                        method.invoke(state);
                    } catch (InvocationTargetException e) {
                        failures.add(benchmark.getSimpleName() + "." + method.getName() + ": " + e.getCause());
                    }
                }
            }
        }
        assertThat(failures, is(empty()));
    }

    @Test
    public void everyRatio_shouldMakeBothSidesAndRunThemWithoutFailing() {
        List<String> failures = new ArrayList<>();
        for (Ratios.Comparison comparison : Ratios.comparisons()) {
            try {
                Ratios.Sides sides = comparison.sides().get();
                sides.a().get();
                sides.b().get();
            } catch (RuntimeException e) {
                failures.add(comparison.name() + ": " + e);
            }
        }
        assertThat(failures, is(empty()));
    }

    @Test
    public void answerAlone_shouldAnswerTheAppsOwnAnswerWhole() {
        AssessmentServer server = AssessmentServer.start();
        String appsAnswer = server.post("assessment", AssessmentBenchmark.TYPICAL_JSON);

        assertThat(server.post("same-bytes", AssessmentBenchmark.TYPICAL_JSON), is(appsAnswer));
        assertThat(appsAnswer.length(), is(greaterThan(4_000)));
    }

    private static void firstParameters(Object state) throws IllegalAccessException {
        for (Field field : state.getClass().getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param != null) {
                String first = param.value()[0];
                field.set(state, field.getType() == int.class ? Integer.valueOf(first) : first);
            }
        }
    }
}
