package org.safeguarding.jira.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguarding.jira.enablement.ProjectReadiness.ProjectStatus;
import org.safeguarding.jira.platform.Texts;

/**
 * What the Projects page shows: every project that offers Safeguarding concern, part by part, and the others by name
 * only, a page at a time, each with Enable. A Jira of thousands of projects then shows a short page, and only the
 * projects that offer the issue type have had their schemes read (JiraProjectReadiness).
 */
final class ProjectsPage {
    static final int OTHERS_PER_PAGE = 50;

    private ProjectsPage() {
    }

    /** The page's context for the page of other projects asked for (the first when none or nonsense is asked). */
    static Map<String, Object> of(List<ProjectStatus> statuses, Map<String, Long> boardFilters, String pageAsked,
                                  String pageUrl, Texts texts) {
        List<Map<String, Object>> offering = statuses.stream().filter(ProjectStatus::issueType)
                .map(project -> row(project, boardFilters, texts)).toList();
        List<ProjectStatus> others = statuses.stream().filter(status -> !status.issueType()).toList();
        int pages = Math.max(1, (others.size() + OTHERS_PER_PAGE - 1) / OTHERS_PER_PAGE);
        int page = Math.min(pageNumber(pageAsked), pages);
        int from = (page - 1) * OTHERS_PER_PAGE;
        int to = Math.min(from + OTHERS_PER_PAGE, others.size());
        Map<String, Object> context = new HashMap<>();
        context.put("projects", offering);
        context.put("hasProjects", !offering.isEmpty());
        // Set-up adds the issue type to Jira's default issue type scheme, so every project on it offers concerns with no
        // confidential level or workflow until it is enabled: the page names them first.
        context.put("unreadyOffering", offering.stream().filter(row -> !(boolean) row.get("ready"))
                .map(row -> row.get("name") + " (" + row.get("key") + ")").collect(Collectors.joining(", ")));
        context.put("others", others.subList(from, to).stream().map(status -> Map.of("key", status.key(),
                "name", status.name())).toList());
        context.put("othersTotal", others.size());
        context.put("othersShown", others.isEmpty() ? "" : texts.text("safeguarding.admin.projects.others.shown",
                String.valueOf(from + 1), String.valueOf(to), String.valueOf(others.size())));
        context.put("previousUrl", page > 1 ? pageUrl + "?page=" + (page - 1) : "");
        context.put("nextUrl", page < pages ? pageUrl + "?page=" + (page + 1) : "");
        return context;
    }

    /** A ready project whose filter of every case the admin owns is offered a Jira Software board made from it. */
    private static Map<String, Object> row(ProjectStatus project, Map<String, Long> boardFilters, Texts texts) {
        return Map.of("key", project.key(), "name", project.name(), "issueType", project.issueType(),
                "screens", project.screens(), "workflow", project.workflow(),
                "confidentiality", project.confidentiality().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "ready", project.ready(),
                "boardFilter", project.ready() && boardFilters.containsKey(project.key())
                        ? String.valueOf(boardFilters.get(project.key())) : "",
                "boardName", texts.text("safeguarding.admin.projects.board.name", project.key()));
    }

    private static int pageNumber(String asked) {
        try {
            return asked == null ? 1 : Math.max(1, Integer.parseInt(asked));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
