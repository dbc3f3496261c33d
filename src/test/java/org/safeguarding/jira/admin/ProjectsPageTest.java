package org.safeguarding.jira.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.jira.enablement.ProjectReadiness.Confidentiality;
import org.safeguarding.jira.enablement.ProjectReadiness.ProjectStatus;
import org.safeguarding.jira.platform.PropertiesTexts;

public class ProjectsPageTest {
    private static final String URL = "/jira/plugins/servlet/safeguarding/admin/projects";

    @Test
    public void of_shouldShowEveryProjectThatOffersTheIssueTypeAndTheOthersFiftyAtATime() {
        Map<String, Object> page = ProjectsPage.of(projects(120), Map.of(), "2", URL, new PropertiesTexts());

        assertThat(((List<?>) page.get("projects")).size(), is(3));
        assertThat(page.get("unreadyOffering"), is("Project 0 (P0), Project 40 (P40), Project 80 (P80)"));
        assertThat(((List<?>) page.get("others")).size(), is(50));
        assertThat(((List<?>) page.get("others")).get(0), is(Map.of("key", "P52", "name", "Project 52")));
        assertThat(page.get("othersTotal"), is(117));
        assertThat(page.get("othersShown"), is("Showing 51 to 100 of 117. Enable one to make it ready for concerns."));
        assertThat(page.get("previousUrl"), is(URL + "?page=1"));
        assertThat(page.get("nextUrl"), is(URL + "?page=3"));
    }

    @Test
    public void of_shouldShowTheLastPageForAPageBeyondItAndTheFirstForNonsense() {
        assertThat(((List<?>) ProjectsPage.of(projects(120), Map.of(), "99", URL, new PropertiesTexts()).get("others")).size(),
                is(17));
        assertThat(ProjectsPage.of(projects(120), Map.of(), "99", URL, new PropertiesTexts()).get("nextUrl"), is(""));
        assertThat(ProjectsPage.of(projects(120), Map.of(), "-1", URL, new PropertiesTexts()).get("previousUrl"), is(""));
        assertThat(ProjectsPage.of(projects(120), Map.of(), "two", URL, new PropertiesTexts()).get("othersShown"),
                is("Showing 1 to 50 of 117. Enable one to make it ready for concerns."));
    }

    @Test
    public void of_shouldSayNothingOfOtherProjectsWhenEveryProjectOffersTheIssueType() {
        Map<String, Object> page = ProjectsPage.of(List.of(status(0, true)), Map.of(), null, URL, new PropertiesTexts());

        assertThat(page.get("othersTotal"), is(0));
        assertThat(page.get("othersShown"), is(""));
        assertThat(page.get("nextUrl"), is(""));
    }

    /** A board is made from the filter of every case Enable made: offered for a ready project that has one. */
    @Test
    public void of_shouldOfferABoardOfAReadyProjectFromItsFilterOfEveryCase() {
        ProjectStatus ready = new ProjectStatus("SG", "Safeguarding", true, true, true, Confidentiality.APP_SCHEME);
        ProjectStatus unready = status(0, true);

        List<?> rows = (List<?>) ProjectsPage.of(List.of(ready, unready), Map.of("SG", 10500L, "P0", 10501L), null,
                URL, new PropertiesTexts()).get("projects");

        assertThat(((Map<?, ?>) rows.get(0)).get("boardFilter"), is("10500"));
        assertThat(((Map<?, ?>) rows.get(0)).get("boardName"), is("Safeguarding SG"));
        assertThat(((Map<?, ?>) rows.get(1)).get("boardFilter"), is(""));
        assertThat(((Map<?, ?>) ((List<?>) ProjectsPage.of(List.of(ready), Map.of(), null, URL,
                new PropertiesTexts()).get("projects")).get(0)).get("boardFilter"), is(""));
    }

    /** Every 40th project offers the issue type (and is not ready); the rest do not. */
    private static List<ProjectStatus> projects(int count) {
        List<ProjectStatus> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(status(i, i % 40 == 0));
        }
        return statuses;
    }

    private static ProjectStatus status(int i, boolean offering) {
        return new ProjectStatus("P" + i, "Project " + i, offering, false, false, Confidentiality.NONE);
    }
}
