package org.safeguarding.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.panel.JiraIssueView;
import org.safeguarding.jira.panel.ServicesServlet;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.screening.Nation;

/**
 * The resources panel for one issue view on Jira ({@link JiraIssueView}: condition, case, leads, settings, template),
 * at 10 to 5,000 directory entries and 20 or 2,000 leads, for its absolute time and, with {@code -prof gc}, its
 * allocation; the ratios docs/performance.md states come from {@link Ratios}, A and B interleaved.
 * <ul>
 * <li>{@code view}: what an issue view costs, with what the app keeps between views;</li>
 * <li>{@code viewKeepingNothing}: the same with nothing kept (sections rendered, leads listed afresh);</li>
 * <li>{@code openWhomToCall} and {@code openWhomToCallAgain}: the section of whom to call through
 * {@link ServicesServlet}, first with its real bytes written, then revalidated by its tag;</li>
 * <li>{@code constantHtml}: a template of one reference holding the same view's HTML: the least any panel can cost.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResourcesPanelBenchmark {
    private static final String PANEL = "templates/panel/resources.vm";

    @Param({"10", "500", "5000"})
    public int entries;

    @Param({"20", "2000"})
    public int leads;

    private final VelocityTemplates velocity = new VelocityTemplates();
    private JiraIssueView kept;
    private JiraIssueView keepingNothing;
    private WhomToCall whomToCall;
    private Map<String, Object> constantHtmlContext;

    @Setup
    public void setUp() {
        ResourceDirectory directory = directory(entries);
        kept = new JiraIssueView(directory, Explanations.shipped(), leads, true, false);
        keepingNothing = new JiraIssueView(directory, Explanations.shipped(), leads, false, false);
        whomToCall = new WhomToCall(directory);
        constantHtmlContext = Map.of("panelHtml", view());
    }

    @Benchmark
    public String view() {
        return velocity.render(PANEL, kept.view()).html();
    }

    @Benchmark
    public String viewKeepingNothing() {
        return velocity.render(PANEL, keepingNothing.view()).html();
    }

    @Benchmark
    public String openWhomToCall() {
        return whomToCall.first();
    }

    @Benchmark
    public String openWhomToCallAgain() {
        return whomToCall.again();
    }

    @Benchmark
    public String constantHtml() {
        return velocity.render("templates/bench/constant.vm", constantHtmlContext).html();
    }

    /** Entries spread over the nations, audiences and categories, as an organisation's directory might be. */
    static ResourceDirectory directory(int size) {
        List<Resource> entries = new ArrayList<>();
        Nation[] nations = Nation.values();
        Audience[] audiences = Audience.values();
        ResourceCategory[] categories = ResourceCategory.values();
        for (int i = 0; i < size; i++) {
            entries.add(new Resource("service-" + i, "Service " + i, "0800 000 " + String.format("%03d", i),
                    "https://example.org/" + i, i % 5 == 0 ? Set.of() : Set.of(nations[i % nations.length]),
                    audiences[i % audiences.length], categories[i % categories.length], List.of("Albanian"),
                    LocalDate.of(2026, 11, 1), "https://example.org/source/" + i, "Notes for service " + i,
                    i % 50 == 0));
        }
        return new ResourceDirectory(entries);
    }
}
