package org.safeguarding.jira.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.jira.platform.RiskLozenge;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.WorkQueue;

/**
 * What {@code templates/work/work.vm} (and the dashboard item, from the same words) shows of each queue: its name, its
 * count in words, its first cases linked to Jira's issue view, each with what a lead triages it by, and the whole list
 * in Jira's issue navigator.
 */
public final class WorkPage {
    public static final String TEMPLATE = "templates/work/work.vm";

    private WorkPage() {
    }

    /** The template's {@code queues}; {@code root} is Jira's context path. */
    public static List<Map<String, Object>> queues(List<WorkQueues.Listed> listed, String root, LocalDate today,
                                                   Texts texts) {
        return listed.stream().map(queue -> Map.<String, Object>of(
                "id", queue.queue().id(),
                "label", texts.text(queue.queue().labelKey()),
                "count", queue.count() < 0 ? texts.text("safeguarding.work.not-counted")
                        : String.valueOf(queue.count()),
                "cases", queue.first().stream().map(found -> row(found, queue.queue().day(), root, today, texts))
                        .toList(),
                "hasCases", !queue.first().isEmpty(),
                "more", queue.count() > queue.first().size(),
                "all", queue.jql().map(jql -> root + "/issues/?jql=" + URLEncoder.encode(jql,
                        StandardCharsets.UTF_8)).orElse(""))).toList();
    }

    /** One case as a row: its key and summary, risk, child or not, status, the list's day in words, who has it. */
    private static Map<String, Object> row(WorkQueues.Listed.Case found, WorkQueue.Day day, String root,
                                           LocalDate today, Texts texts) {
        Triage triage = found.triage();
        return Map.ofEntries(Map.entry("key", found.key()), Map.entry("summary", found.summary()),
                Map.entry("url", root + "/browse/" + found.key()),
                Map.entry("risk", texts.text(triage.risk().labelKey())),
                Map.entry("riskLozenge", RiskLozenge.of(triage.risk())),
                Map.entry("child", triage.child()),
                Map.entry("status", triage.status().map(step -> texts.text(step.labelKey())).orElse("")),
                Map.entry("day", day(triage, day, today, texts)),
                Map.entry("overdue", overdue(triage, day, today)),
                Map.entry("assignee", triage.assignee().orElseGet(() -> texts.text("safeguarding.work.unassigned"))));
    }

    /** "Decision due 11 Dec 2026", "Overdue: decision due 3 Dec 2026", "Referred 1 Dec 2026, waiting 6 days". */
    private static String day(Triage triage, WorkQueue.Day day, LocalDate today, Texts texts) {
        Optional<LocalDate> when = Optional.ofNullable(triage.days().get(day));
        if (when.isEmpty()) {
            return texts.text("safeguarding.work.day.none");
        }
        if (day.deadline()) {
            return texts.text(overdue(triage, day, today) ? day.labelKey() + ".overdue" : day.labelKey(),
                    UkDates.day(when.get()));
        }
        return texts.text(day.labelKey(), UkDates.day(when.get()), ChronoUnit.DAYS.between(when.get(), today));
    }

    private static boolean overdue(Triage triage, WorkQueue.Day day, LocalDate today) {
        return day.deadline() && Optional.ofNullable(triage.days().get(day)).filter(today::isAfter).isPresent();
    }
}
