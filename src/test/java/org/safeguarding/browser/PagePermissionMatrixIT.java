package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.safeguarding.preview.PreviewUser;

/**
 * Every page the app serves, against every kind of user, over HTTP on the preview host: someone not logged in (sent
 * to log in), a worker who may see the sample cases, their safeguarding lead, and a Jira admin (who does not lead
 * them). WebSudo always passes in the preview; the unit tests check that each admin page asks for it. A failure
 * names every cell that differs.
 */
public class PagePermissionMatrixIT {
    private static final int LOG_IN = 302;

    /** One page and the status each kind of user gets: anonymous, worker, lead, admin. */
    private record Row(String path, int anonymous, int worker, int lead, int admin) {
    }

    private static final List<Row> MATRIX = List.of(
            new Row("/plugins/servlet/safeguarding/admin", LOG_IN, 403, 403, 200),
            new Row("/plugins/servlet/safeguarding/access-log.csv", LOG_IN, 403, 403, 200),
            new Row("/plugins/servlet/safeguarding/plan", LOG_IN, 200, 200, 200),
            new Row("/plugins/servlet/safeguarding/handout?case=SG-1", LOG_IN, 200, 200, 200),
            new Row("/plugins/servlet/safeguarding/handout?case=SG-404", LOG_IN, 404, 404, 404),
            new Row("/plugins/servlet/safeguarding/missing-summary?case=SG-1", LOG_IN, 200, 200, 200),
            new Row("/plugins/servlet/safeguarding/subject-access?case=SG-1", LOG_IN, 403, 200, 403),
            new Row("/plugins/servlet/safeguarding/subject-access?case=SG-404", LOG_IN, 404, 404, 404),
            new Row("/plugins/servlet/safeguarding/anonymise?case=SG-1", LOG_IN, 403, 200, 403),
            new Row("/plugins/servlet/safeguarding/anonymise?case=SG-404", LOG_IN, 404, 404, 404),
            new Row("/rest/safeguarding/1.0/settings", 401, 403, 403, 200),
            new Row("/rest/safeguarding/1.0/plan", 401, 200, 200, 200),
            new Row("/rest/safeguarding/1.0/resources", 401, 200, 200, 200),
            new Row("/rest/safeguarding/1.0/issue/SG-1/assessment", 401, 200, 200, 200),
            new Row("/rest/safeguarding/1.0/issue/SG-1/subject-access", 401, 403, 200, 403),
            new Row("/rest/safeguarding/1.0/issue/SG-404/subject-access", 401, 403, 403, 403),
            new Row("/rest/safeguarding/1.0/projects/HELP/enablement?action=enable", 401, 403, 403, 200));

    @Rule
    public final Preview preview = new Preview();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    public void everyPage_shouldAnswerEachKindOfUserAsTheTableSays() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Row row : MATRIX) {
            check(row, PreviewUser.Role.ANONYMOUS, row.anonymous(), differences);
            check(row, PreviewUser.Role.WORKER, row.worker(), differences);
            check(row, PreviewUser.Role.LEAD, row.lead(), differences);
            check(row, PreviewUser.Role.ADMIN, row.admin(), differences);
        }
        assertThat(differences, empty());
    }

    private void check(Row row, PreviewUser.Role role, int expected, List<String> differences) throws Exception {
        preview.signInAs(role);
        int status = http.send(HttpRequest.newBuilder(URI.create(preview.url(row.path()))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != expected) {
            differences.add(row.path() + " as " + role + ": " + status + ", not " + expected);
        }
    }
}
