package org.safeguarding.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Entities;
import org.safeguarding.jira.leads.SampleLeadNames;

/**
 * Jira's own group picker ({@code GET /rest/api/2/groups/picker?query=&maxResults=}), which the settings page asks
 * for the groups to choose the leads' group from: {@code {header, total, groups: [{name, html, labels}]}}, the groups
 * whose names hold the query, at most maxResults of them; 401 for someone not logged in.
 */
final class GroupPickerServlet extends HttpServlet {
    static final String PATH = "/rest/api/2/groups/picker";
    private static final long serialVersionUID = 1L;
    private static final int JIRA_DEFAULT_LIMIT = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PreviewUser user;
    private final transient SampleLeadNames groups;

    GroupPickerServlet(PreviewUser user, SampleLeadNames groups) {
        this.user = user;
        this.groups = groups;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (user.key().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        List<String> matching = groups.groupsMatching(Objects.toString(request.getParameter("query"), ""));
        int limit = maxResults(request.getParameter("maxResults"));
        List<Map<String, Object>> shown = matching.stream().limit(limit).map(name -> Map.<String, Object>of(
                "name", name, "html", Entities.escape(name), "labels", List.of())).toList();
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), Map.of("total", matching.size(), "groups", shown,
                "header", "Showing " + shown.size() + " of " + matching.size() + " matching groups"));
    }

    private static int maxResults(String asked) {
        try {
            return asked == null ? JIRA_DEFAULT_LIMIT : Math.max(0, Integer.parseInt(asked));
        } catch (NumberFormatException notANumber) {
            return JIRA_DEFAULT_LIMIT;
        }
    }
}
