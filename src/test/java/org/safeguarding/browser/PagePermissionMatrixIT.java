package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.safeguarding.preview.PreviewUser;

/**
 * Every page the app serves, against every kind of user, over HTTP on the preview host: someone not logged in (sent
 * to log in), a worker who may see the sample cases, their safeguarding lead, and a Jira admin (who does not lead
 * them); then again once their password confirmation (WebSudo) has expired. A failure names every cell that differs.
 * Every answer of the app, whoever asks, tells browsers and proxies to keep no copy: each may hold special-category
 * data. (Jira's own issue view, {@code /browse/}, is Jira's to answer.)
 */
public class PagePermissionMatrixIT {
    private static final String LOG_IN = "log in";
    private static final String CONFIRM_PASSWORD = "confirm password";

    /**
     * One page and the answer each kind of user gets: anonymous, worker, lead, admin, and the lead of another project
     * (HOME), who may browse none of SG's cases.
     */
    private record Row(String path, String anonymous, String worker, String lead, String admin, String homeLead) {
    }

    /** The one answer a browser may keep (docs/data-protection.md): whom to call for a nation, age and gender. */
    private static final String KEPT_BY_THE_BROWSER = "/plugins/servlet/safeguarding/services?for=";

    private static final List<Row> MATRIX = List.of(
            new Row("/plugins/servlet/safeguarding/admin/settings", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/projects", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/plan", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/directory", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/translations", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/records", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/jira", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/admin/nowhere", LOG_IN, "403", "403", "404", "403"),
            new Row("/plugins/servlet/safeguarding/get-started", LOG_IN, "403", "403", "200", "403"),
            new Row("/rest/safeguarding/1.0/checklist", "401", "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/access-log.csv", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/plan", LOG_IN, "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/spot-the-signs", LOG_IN, "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/poster?lang=ar&size=a6", LOG_IN, "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/work", LOG_IN, "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/raise", LOG_IN, "200", "200", "200", "200"),
            new Row("/rest/safeguarding/1.0/work", "401", "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/handout?case=SG-1", LOG_IN, "200", "200", "200", "404"),
            new Row("/plugins/servlet/safeguarding/handout?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/handout?case=sg-1", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/services?case=SG-1", LOG_IN, "200", "200", "200", "404"),
            new Row("/plugins/servlet/safeguarding/services?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/services", LOG_IN, "400", "400", "400", "400"),
            new Row("/plugins/servlet/safeguarding/services?for=england.adult.any", "401", "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/services?for=narnia.adult.any", "401", "400", "400", "400", "400"),
            new Row("/plugins/servlet/safeguarding/missing-summary?case=SG-1", LOG_IN, "200", "200", "200", "404"),
            new Row("/plugins/servlet/safeguarding/subject-access?case=SG-1", LOG_IN, "403", "200", "403", "404"),
            new Row("/plugins/servlet/safeguarding/subject-access?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/nrm-draft?case=SG-1", LOG_IN, "403", "200", "403", "404"),
            new Row("/plugins/servlet/safeguarding/nrm-draft?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/agency-log?case=SG-1", LOG_IN, "403", "200", "403", "404"),
            new Row("/plugins/servlet/safeguarding/markers?case=SG-1", LOG_IN, "403", "200", "403", "404"),
            new Row("/plugins/servlet/safeguarding/markers?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/rest/safeguarding/1.0/issue/SG-1/markers", "401", "403", "200", "403", "403"),
            // Each sees the connections between the cases they lead, none for those who lead none.
            new Row("/plugins/servlet/safeguarding/connections", LOG_IN, "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/connections?before=x", LOG_IN, "400", "400", "400", "400"),
            // The preview starts with no markers: none is on a case anyone leads.
            new Row("/plugins/servlet/safeguarding/police-intelligence?marker=1", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/police-intelligence?marker=x", LOG_IN, "400", "400", "400", "400"),
            new Row("/plugins/servlet/safeguarding/chronology?case=SG-1", LOG_IN, "403", "200", "403", "404"),
            // The preview names no leads' group until an admin does, so only admins see the figures.
            // HOME's lead, named by its project role, sees HOME's figures worked out afresh, not the published CSV.
            new Row("/plugins/servlet/safeguarding/figures", LOG_IN, "403", "403", "200", "200"),
            new Row("/plugins/servlet/safeguarding/figures?format=csv", LOG_IN, "403", "403", "200", "403"),
            // Staff data, for the same people as the figures.
            new Row("/plugins/servlet/safeguarding/plan-readers", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/plan-readers?format=csv", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/training", LOG_IN, "403", "403", "200", "403"),
            new Row("/plugins/servlet/safeguarding/chronology?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/plugins/servlet/safeguarding/agency-log?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/rest/safeguarding/1.0/issue/SG-1/agency-log", "401", "403", "200", "403", "403"),
            new Row("/plugins/servlet/safeguarding/anonymise?case=SG-1", LOG_IN, "403", "200", "403", "404"),
            new Row("/plugins/servlet/safeguarding/anonymise?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            // Another project's case, HOME-1: only its own lead may open it, or anything about it.
            new Row("/plugins/servlet/safeguarding/handout?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/services?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/missing-summary?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/subject-access?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/nrm-draft?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/agency-log?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/chronology?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/plugins/servlet/safeguarding/anonymise?case=HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/rest/safeguarding/1.0/issue/HOME-1/agency-log", "401", "403", "403", "403", "200"),
            new Row("/rest/safeguarding/1.0/issue/HOME-1/assessment", "401", "403", "403", "403", "200"),
            new Row("/rest/safeguarding/1.0/issue/HOME-1/subject-access", "401", "403", "403", "403", "200"),
            new Row("/browse/HOME-1", LOG_IN, "404", "404", "404", "200"),
            new Row("/rest/safeguarding/1.0/settings", "401", "403", "403", "200", "403"),
            new Row("/rest/safeguarding/1.0/plan", "401", "200", "200", "200", "200"),
            new Row("/rest/safeguarding/1.0/resources", "401", "200", "200", "200", "200"),
            new Row("/rest/safeguarding/1.0/issue/SG-1/assessment", "401", "200", "200", "200", "403"),
            new Row("/rest/safeguarding/1.0/issue/SG-404/assessment", "401", "403", "403", "403", "403"),
            new Row("/rest/safeguarding/1.0/issue/SG-1/subject-access", "401", "403", "200", "403", "403"),
            new Row("/rest/safeguarding/1.0/issue/SG-404/subject-access", "401", "403", "403", "403", "403"),
            new Row("/rest/safeguarding/1.0/self-check", "401", "403", "403", "200", "403"),
            new Row("/rest/safeguarding/1.0/projects/HELP/enablement?action=enable", "401", "403", "403", "200", "403"));

    /**
     * The same, with WebSudo expired: the pages that change things ask whoever may use them to confirm their password
     * first, and the REST methods Jira marks as needing it answer 401 before the app runs, as Jira's REST framework
     * does; the rest answer as before.
     */
    private static final List<Row> WEB_SUDO_EXPIRED = List.of(
            new Row("/plugins/servlet/safeguarding/admin/settings", LOG_IN, "403", "403", CONFIRM_PASSWORD, "403"),
            new Row("/plugins/servlet/safeguarding/admin/records", LOG_IN, "403", "403", CONFIRM_PASSWORD, "403"),
            new Row("/plugins/servlet/safeguarding/access-log.csv", LOG_IN, "403", "403", CONFIRM_PASSWORD, "403"),
            new Row("/plugins/servlet/safeguarding/plan", LOG_IN, "200", "200", "200", "200"),
            new Row("/plugins/servlet/safeguarding/anonymise?case=SG-1", LOG_IN, "403", CONFIRM_PASSWORD, "403", "404"),
            new Row("/plugins/servlet/safeguarding/anonymise?case=SG-404", LOG_IN, "404", "404", "404", "404"),
            new Row("/rest/safeguarding/1.0/settings", "401", "403", "403", "200", "403"),
            new Row("/rest/safeguarding/1.0/self-check", "401", "401", "401", "401", "401"),
            new Row("/rest/safeguarding/1.0/projects/HELP/enablement?action=enable", "401", "401", "401", "401", "401"));

    @Rule
    public final Preview preview = new Preview();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    public void everyPage_shouldAnswerEachKindOfUserAsTheTableSays() throws Exception {
        assertThat(differences(MATRIX), empty());
    }

    /** Who may say they are on duty for a case: its own leads, never the lead of another project. */
    @Test
    public void duty_shouldBeTakenOnlyByTheCasesOwnLead() throws Exception {
        List<String> differences = new ArrayList<>();
        Map<String, List<String>> expected = Map.of(
                // The preview assigns no lead on duty until the settings say so: 409 for the case's own lead.
                "SG-1", List.of("401", "403", "409", "403", "403"),
                "HOME-1", List.of("401", "403", "403", "403", "409"));
        PreviewUser.Role[] roles = {PreviewUser.Role.ANONYMOUS, PreviewUser.Role.WORKER, PreviewUser.Role.LEAD,
            PreviewUser.Role.ADMIN, PreviewUser.Role.HOME_LEAD};
        for (Map.Entry<String, List<String>> caseKey : expected.entrySet()) {
            for (int i = 0; i < roles.length; i++) {
                preview.signInAs(roles[i]);
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(preview.url(
                        "/rest/safeguarding/1.0/issue/" + caseKey.getKey() + "/duty")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"onDuty\": true}")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != Integer.parseInt(caseKey.getValue().get(i))) {
                    differences.add(caseKey.getKey() + " as " + roles[i] + ": " + response.statusCode() + ", not "
                            + caseKey.getValue().get(i));
                }
            }
        }
        assertThat(differences, empty());
    }

    @Test
    public void everyPage_shouldAskForThePasswordAgainOnceWebSudoHasExpired() throws Exception {
        preview.expireWebSudo();

        assertThat(differences(WEB_SUDO_EXPIRED), empty());
    }

    private List<String> differences(List<Row> matrix) throws Exception {
        List<String> differences = new ArrayList<>();
        for (Row row : matrix) {
            check(row, PreviewUser.Role.ANONYMOUS, row.anonymous(), differences);
            check(row, PreviewUser.Role.WORKER, row.worker(), differences);
            check(row, PreviewUser.Role.LEAD, row.lead(), differences);
            check(row, PreviewUser.Role.ADMIN, row.admin(), differences);
            check(row, PreviewUser.Role.HOME_LEAD, row.homeLead(), differences);
        }
        return differences;
    }

    private void check(Row row, PreviewUser.Role role, String expected, List<String> differences) throws Exception {
        preview.signInAs(role);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(preview.url(row.path()))).GET()
                .build(), HttpResponse.BodyHandlers.discarding());
        String answer = answer(response);
        if (!answer.equals(expected)) {
            differences.add(row.path() + " as " + role + ": " + answer + ", not " + expected);
        }
        // The web server's own error pages say more (must-revalidate, no-cache, no-store); no-store is what counts.
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("none");
        List<String> directives = Arrays.asList(cacheControl.split("\\s*,\\s*"));
        boolean ours = !row.path().startsWith("/browse/");
        // Whom to call by whom it is for holds nothing about a case: the worker's browser alone may keep it.
        if (row.path().startsWith(KEPT_BY_THE_BROWSER) && "200".equals(answer)) {
            if (!directives.containsAll(List.of("private", "no-cache")) || response.headers().firstValue("ETag")
                    .isEmpty()) {
                differences.add(row.path() + " as " + role + ": Cache-Control " + cacheControl + " and ETag "
                        + response.headers().firstValue("ETag").orElse("none") + ", not private, no-cache and a tag");
            }
        } else if (ours && !directives.contains("no-store")) {
            differences.add(row.path() + " as " + role + ": Cache-Control " + cacheControl + ", not no-store");
        }
    }

    /** The status, or where a redirect sends the browser: to log in, or to confirm the password. */
    private static String answer(HttpResponse<Void> response) {
        if (response.statusCode() != 302) {
            return String.valueOf(response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElse("");
        return location.contains("/preview/sign-in") ? LOG_IN
                : location.contains("/preview/websudo") ? CONFIRM_PASSWORD : "302 to " + location;
    }
}
