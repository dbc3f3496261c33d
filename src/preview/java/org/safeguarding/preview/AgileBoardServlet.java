package org.safeguarding.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira Software's boards ({@code /rest/agile/1.0/board}), which the Projects page asks to make a board of a project's
 * cases. A Jira without Jira Software has no such address: 404, as the preview starts. Once a test installs it, as the
 * Jira Software Data Center REST API documents it: {@code GET ?name=&type=&startAt=&maxResults=} lists the boards
 * whose names hold the name, {@code {maxResults, startAt, total, isLast, values: [{id, self, name, type}]}};
 * {@code POST {name, type, filterId}} makes one (201, the board), refusing a missing name or filter, a name of 255
 * characters or more, or a type other than scrum or kanban (400, {@code {errorMessages, errors}}).
 */
final class AgileBoardServlet extends HttpServlet {
    static final String PATH = "/rest/agile/1.0/board";
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JIRA_DEFAULT_LIMIT = 50;
    private static final int NAME_LIMIT = 255;
    private static final long FIRST_ID = 1;

    private final transient PreviewUser user;
    private final AtomicBoolean installed = new AtomicBoolean();
    private final transient List<Map<String, Object>> boards = new ArrayList<>();

    AgileBoardServlet(PreviewUser user) {
        this.user = user;
    }

    void install() {
        installed.set(true);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(response)) {
            return;
        }
        String name = Objects.toString(request.getParameter("name"), "").toLowerCase(Locale.ROOT);
        String type = request.getParameter("type");
        int startAt = number(request.getParameter("startAt"), 0);
        int maxResults = number(request.getParameter("maxResults"), JIRA_DEFAULT_LIMIT);
        List<Map<String, Object>> matching;
        synchronized (boards) {
            matching = boards.stream().filter(board -> board.get("name").toString().toLowerCase(Locale.ROOT)
                    .contains(name) && (type == null || type.equals(board.get("type")))).toList();
        }
        List<Map<String, Object>> page = matching.stream().skip(startAt).limit(maxResults).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("maxResults", maxResults);
        answer.put("startAt", startAt);
        answer.put("total", matching.size());
        answer.put("isLast", startAt + page.size() >= matching.size());
        answer.put("values", page);
        write(response, HttpServletResponse.SC_OK, answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(response)) {
            return;
        }
        JsonNode asked = JSON.readTree(request.getReader());
        String name = asked.path("name").asText("").trim();
        String type = asked.path("type").asText("");
        List<String> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() >= NAME_LIMIT) {
            problems.add("The board name must be given and shorter than 255 characters.");
        }
        if (!List.of("scrum", "kanban").contains(type)) {
            problems.add("The board type must be scrum or kanban.");
        }
        if (!asked.path("filterId").canConvertToLong() || asked.path("filterId").asLong() <= 0) {
            problems.add("The board needs the id of a filter you may see.");
        }
        if (!problems.isEmpty()) {
            write(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("errorMessages", problems,
                    "errors", Map.of()));
            return;
        }
        Map<String, Object> board = new LinkedHashMap<>();
        synchronized (boards) {
            long id = FIRST_ID + boards.size();
            board.put("id", id);
            board.put("self", request.getRequestURL() + "/" + id);
            board.put("name", name);
            board.put("type", type);
            boards.add(board);
        }
        write(response, HttpServletResponse.SC_CREATED, board);
    }

    /** No Jira Software: no such address; nobody logged in: 401, as Jira's REST answers. */
    private boolean refused(HttpServletResponse response) throws IOException {
        if (!installed.get()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return true;
        }
        if (user.key().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return true;
        }
        return false;
    }

    private static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }

    private static int number(String asked, int otherwise) {
        try {
            return asked == null ? otherwise : Math.max(0, Integer.parseInt(asked));
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }
}
