package org.safeguarding.bench;

import com.atlassian.jira.issue.Issue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mockito.Mockito;
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
import org.safeguarding.check.VelocityTemplateRenderer;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.leads.CaseLeadNames;
import org.safeguarding.jira.leads.InMemoryDutyRota;
import org.safeguarding.jira.leads.InMemoryLeadsTold;
import org.safeguarding.jira.panel.CaseCard;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.panel.LeadOnDutyLine;
import org.safeguarding.jira.panel.ResourcesPanelContext;
import org.safeguarding.jira.panel.ServicesServlet;
import org.safeguarding.jira.panel.SharedSections;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Screening;

/**
 * The resources panel for one issue view, at 10, 100, 500 and 5,000 directory entries, side by side in one run:
 * <ul>
 * <li>{@code contextProvider}: the context provider alone (assessment, the case's card, and the explanations section
 * from {@link SharedSections}, kept after the first view);</li>
 * <li>{@code panel}: the same, then the panel's template rendered by Velocity, as Jira does for every view of a
 * case; whom to call is not in it but fetched when the worker opens it ({@link ServicesServlet});</li>
 * <li>{@code openWhomToCall}: what that fetch costs once the case is found: the services kept for its nation, age
 * and gender looked up and written out;</li>
 * <li>{@code uncachedRender}: what a view drew before issue 19, from a constant context: the panel with its
 * explanations, and the services, each rendered afresh;</li>
 * <li>{@code constantHtml}: a template of one reference holding the whole panel's HTML: the least any panel can
 * cost.</li>
 * </ul>
 * Run with {@code -prof gc} for the allocation per view.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResourcesPanelBenchmark {
    private static final Map<String, Object> VIEW = Map.of("issue", issue());
    private static final String PANEL = "templates/panel/resources.vm";

    @Param({"10", "100", "500", "5000"})
    public int entries;

    private final Explanations explanations = Explanations.shipped();
    private final Screening screening = Screening.builder().immediateDanger(Answer.NO).ageGroup(AgeGroup.ADULT)
            .nation(Nation.ENGLAND).language("Albanian").barriers(List.of(Barrier.FEAR, Barrier.LANGUAGE)).build();
    private final VelocityTemplates velocity = new VelocityTemplates();
    private ResourceDirectory directory;
    private ResourcesPanelContext panel;
    private Map<String, Object> constantContext;
    private Map<String, Object> constantHtmlContext;

    @Setup
    public void setUp() {
        directory = directory(entries);
        Clock clock = new UkClock();
        Texts texts = new PropertiesTexts();
        panel = new ResourcesPanelContext(key -> CaseLookup.found(key, screening), key -> false, mode -> "/jira",
                new DirectorySource() {
                    @Override
                    public ResourceDirectory directory() {
                        return directory;
                    }

                    @Override
                    public Explanations explanations() {
                        return explanations;
                    }
                }, kept, InMemorySettings.of(new Organisation(false, false)),
                new AccessRecorder(new InMemoryAccessLog(), TestUser.worker(), clock),
                new CaseCard((shown, named) -> Optional.of(CaseLeadNames.Named.of(List.of("Amira Lead"))),
                        new InMemoryLeadsTold(), texts, clock),
                new LeadOnDutyLine(new InMemoryDutyRota(key -> key, clock), TestUser.worker(), texts, clock), texts,
                clock);
        constantContext = panel.getContextMap(VIEW);
        constantHtmlContext = Map.of("panelHtml", velocity.render(PANEL, constantContext).html());
    }

    @Benchmark
    public Map<String, Object> contextProvider() {
        return panel.getContextMap(VIEW);
    }

    @Benchmark
    public String panel() {
        return velocity.render(PANEL, panel.getContextMap(VIEW)).html();
    }

    /**
     * The servlet's work once it has found the case: the section's bytes, returned so JMH consumes them (a discarding
     * writer measured nothing of them); the servlet container's own writing is left out.
     */
    @Benchmark
    public String openWhomToCall() {
        return kept.services(directory, Optional.of(Nation.ENGLAND), false, Optional.empty());
    }

    @Benchmark
    public List<String> uncachedRender() {
        Map<String, Object> context = new HashMap<>(constantContext);
        context.put("explanationsHtml", uncached.explanations(explanations, Optional.of("Albanian"),
                Optional.of(Nation.ENGLAND)));
        return List.of(velocity.render(PANEL, context).html(),
                uncached.services(directory, Optional.of(Nation.ENGLAND), false, Optional.empty()));
    }

    @Benchmark
    public String constantHtml() {
        return velocity.render("templates/bench/constant.vm", constantHtmlContext).html();
    }

    private final SharedSections kept = new SharedSections(new VelocityTemplateRenderer(), () -> Locale.UK,
            new PropertiesTexts());

    /** Sections that keep nothing, as where Jira cannot say the viewer's locale: every view renders it afresh. */
    private final SharedSections uncached = new SharedSections(new VelocityTemplateRenderer(), () -> null,
            new PropertiesTexts());

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

    /** The issue Jira puts in a view-issue panel's context; only its key is read. */
    private static Issue issue() {
        Issue issue = Mockito.mock(Issue.class);
        Mockito.when(issue.getKey()).thenReturn("SG-12");
        return issue;
    }
}
