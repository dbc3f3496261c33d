package org.safeguarding.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.panel.JiraIssueView;
import org.safeguarding.resources.Explanations;

/**
 * Every ratio docs/performance.md states, measured by {@link Interleaved}: A and B alternate in one JVM, so the figure
 * survives a busy machine. Run with {@code mvn -Pratios test-compile exec:exec} (all) or {@code -Dratio=view} (those
 * whose name contains it); each line gives the ratio, its 95 % interval, the pairs, and the machine's load.
 */
public final class Ratios {
    private static final String PANEL = "templates/panel/resources.vm";

    /** One comparison: what A and B are, and how to make them (made only when the comparison runs). */
    record Comparison(String name, String a, String b, Supplier<Sides> sides) {
    }

    record Sides(Supplier<?> a, Supplier<?> b) {
    }

    private Ratios() {
    }

    public static void main(String[] args) {
        String wanted = args.length == 0 ? "" : args[0];
        Interleaved harness = new Interleaved(Integer.getInteger("ratio.pairs", 30),
                Long.getLong("ratio.warmup.millis", 10_000));
        System.out.printf(Locale.ROOT, "%d processors, load %.2f, %s%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.version"));
        for (Comparison comparison : comparisons()) {
            if (comparison.name().contains(wanted)) {
                Sides sides = comparison.sides().get();
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                Interleaved.Ratio ratio = harness.ratio(sides.a(), sides.b());
                System.out.printf(Locale.ROOT, "%-34s %s  (%d pairs, load %.2f)%n    A: %s%n    B: %s%n",
                        comparison.name(), ratio, ratio.pairs(), load, comparison.a(), comparison.b());
            }
        }
        // The servers a comparison started are not stopped one by one: the measuring is over.
        System.exit(0);
    }

    static List<Comparison> comparisons() {
        VelocityTemplates velocity = new VelocityTemplates();
        return List.of(
                new Comparison("view-vs-nothing-kept",
                        "an issue view (condition, case, leads, settings, template), 500 entries, 20 leads",
                        "the same view keeping nothing: sections rendered and leads listed afresh",
                        () -> new Sides(view(velocity, 500, 20, true), view(velocity, 500, 20, false))),
                new Comparison("view-vs-constant-html",
                        "an issue view, 500 entries, 20 leads",
                        "a template of one reference holding the same view's HTML",
                        () -> new Sides(view(velocity, 500, 20, true), constantHtml(velocity, 500, 20))),
                new Comparison("template-alone-vs-constant-html",
                        "the panel's template rendered from one view's context, made once (no app work at all)",
                        "a template of one reference holding the same view's HTML",
                        () -> new Sides(templateAlone(velocity, 500, 20), constantHtml(velocity, 500, 20))),
                new Comparison("app-work-vs-constant-html",
                        "the app's work in a view alone: its condition and its context, rendering nothing",
                        "a template of one reference holding the same view's HTML",
                        () -> new Sides(appWork(500, 20), constantHtml(velocity, 500, 20))),
                new Comparison("view-5000-vs-10-entries",
                        "an issue view with 5,000 directory entries", "the same with 10",
                        () -> new Sides(view(velocity, 5_000, 20, true), view(velocity, 10, 20, true))),
                new Comparison("view-2000-vs-20-leads",
                        "an issue view with 2,000 people in the leads' group", "the same with 20",
                        () -> new Sides(view(velocity, 500, 2_000, true), view(velocity, 500, 20, true))),
                new Comparison("whom-to-call-again-vs-first",
                        "opening whom to call again: the browser's tag matches, nothing is written",
                        "opening it the first time: the section's bytes written (500 entries)",
                        Ratios::whomToCall),
                new Comparison("assessment-vs-noop",
                        "POST /assessment, a typical screening, Jersey in Jetty over HTTP on this machine",
                        "a resource that reads the same body and answers {} on the same server",
                        Ratios::assessmentAgainstNoOp),
                new Comparison("answer-alone-vs-noop",
                        "a resource that reads the same body and answers the typical assessment's bytes, made once",
                        "a resource that reads the same body and answers {} on the same server",
                        Ratios::answerAloneAgainstNoOp),
                new Comparison("assessment-vs-same-json",
                        "POST /assessment, a typical screening, Jersey in Jetty over HTTP on this machine",
                        "a resource that reads the same body as JSON and answers the same assessment's JSON, made once",
                        Ratios::assessmentAgainstSameJson),
                new Comparison("markers-100000-vs-1000",
                        "a case view's look-up of the cases sharing a marker: 100,000 markers on 20,000 cases (H2)",
                        "the same with 1,000 markers on 200 cases",
                        () -> new Sides(new MarkersAtScale(100_000)::nextCaseView,
                                new MarkersAtScale(1_000)::nextCaseView)));
    }

    static Supplier<String> view(VelocityTemplates velocity, int entries, int leads, boolean keep) {
        JiraIssueView jira = issueView(entries, leads, keep);
        return () -> velocity.render(PANEL, jira.view()).html();
    }

    /** What Jira's Velocity costs to render a view's context with its escaping, with no work of the app's. */
    private static Supplier<String> templateAlone(VelocityTemplates velocity, int entries, int leads) {
        Map<String, Object> context = appWork(entries, leads).get();
        return () -> velocity.render(PANEL, context).html();
    }

    /** Everything the app does for a view before Jira renders it: the condition, the case read, the context made. */
    private static Supplier<Map<String, Object>> appWork(int entries, int leads) {
        return issueView(entries, leads, true)::view;
    }

    private static JiraIssueView issueView(int entries, int leads, boolean keep) {
        return new JiraIssueView(ResourcesPanelBenchmark.directory(entries), Explanations.shipped(), leads, keep,
                false);
    }

    private static Supplier<String> constantHtml(VelocityTemplates velocity, int entries, int leads) {
        Map<String, Object> context = Map.of("panelHtml", view(velocity, entries, leads, true).get());
        return () -> velocity.render("templates/bench/constant.vm", context).html();
    }

    private static Sides whomToCall() {
        WhomToCall whomToCall = new WhomToCall(ResourcesPanelBenchmark.directory(500));
        System.out.printf(Locale.ROOT, "whom to call, 500 entries: %,d bytes%n", whomToCall.bytes());
        return new Sides(whomToCall::again, whomToCall::first);
    }

    private static Sides assessmentAgainstNoOp() {
        return assessmentAgainst("noop");
    }

    private static Sides answerAloneAgainstNoOp() {
        AssessmentServer server = AssessmentServer.start();
        String body = AssessmentBenchmark.TYPICAL_JSON;
        return new Sides(() -> server.post("same-bytes", body), () -> server.post("noop", body));
    }

    private static Sides assessmentAgainstSameJson() {
        return assessmentAgainst("same-json");
    }

    private static Sides assessmentAgainst(String other) {
        AssessmentServer server = AssessmentServer.start();
        String body = AssessmentBenchmark.TYPICAL_JSON;
        return new Sides(() -> server.post("assessment", body), () -> server.post(other, body));
    }
}
