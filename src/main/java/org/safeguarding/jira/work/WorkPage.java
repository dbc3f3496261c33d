package org.safeguarding.jira.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.safeguarding.jira.platform.Texts;

/**
 * What {@code templates/work/work.vm} shows of each queue: its name, its count in words, its first cases linked to
 * Jira's issue view, and the whole list in Jira's issue navigator.
 */
public final class WorkPage {
    public static final String TEMPLATE = "templates/work/work.vm";

    private WorkPage() {
    }

    /** The template's {@code queues}; {@code root} is Jira's context path. */
    public static List<Map<String, Object>> queues(List<WorkQueues.Listed> listed, String root, Texts texts) {
        return listed.stream().map(queue -> Map.<String, Object>of(
                "id", queue.queue().id(),
                "label", texts.text(queue.queue().labelKey()),
                "count", queue.count() < 0 ? texts.text("safeguarding.work.not-counted")
                        : String.valueOf(queue.count()),
                "cases", queue.first().stream().map(found -> Map.of("key", found.key(), "summary", found.summary(),
                        "url", root + "/browse/" + found.key())).toList(),
                "hasCases", !queue.first().isEmpty(),
                "more", queue.count() > queue.first().size(),
                "all", queue.jql().map(jql -> root + "/issues/?jql=" + URLEncoder.encode(jql,
                        StandardCharsets.UTF_8)).orElse(""))).toList();
    }
}
