package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.jira.enablement.ProjectGrants.Grant;
import org.safeguarding.jira.enablement.ProjectGrants.Holder;

public class ProjectGrantsTest {
    private static List<String> permissionsOf(List<Grant> grants, Holder holder, String parameter) {
        return grants.stream().filter(grant -> grant.holder() == holder
                && java.util.Objects.equals(grant.parameter(), parameter)).map(Grant::permission).toList();
    }

    @Test
    public void of_shouldLetTheLeadsWorkCasesAndTheRaisersOnlyRaiseThem() {
        List<Grant> grants = ProjectGrants.of("safeguarding-leads", null, "front-line");

        assertThat(permissionsOf(grants, Holder.GROUP, "safeguarding-leads"), hasItem("TRANSITION_ISSUES"));
        assertThat(permissionsOf(grants, Holder.GROUP, "safeguarding-leads"), hasItem("SET_ISSUE_SECURITY"));
        assertThat(permissionsOf(grants, Holder.GROUP, "front-line"), containsInAnyOrder("BROWSE_PROJECTS",
                "CREATE_ISSUES", "ADD_COMMENTS", "EDIT_OWN_COMMENTS", "CREATE_ATTACHMENTS"));
        assertThat(permissionsOf(grants, Holder.PROJECT_LEAD, null), containsInAnyOrder("BROWSE_PROJECTS",
                "ADMINISTER_PROJECTS"));
    }

    @Test
    public void of_shouldGrantNothingToAnyoneElse() {
        List<Grant> grants = ProjectGrants.of(null, "10002", "front-line");

        assertThat(grants.stream().map(grant -> grant.holder() + " " + grant.parameter()).distinct().toList(),
                containsInAnyOrder("PROJECT_ROLE 10002", "GROUP front-line", "PROJECT_LEAD null"));
        // Neither the raisers nor the project lead may change a case's level or move it on: only the leads.
        assertThat(Set.of("SET_ISSUE_SECURITY", "TRANSITION_ISSUES", "EDIT_ISSUES"),
                everyItem(not(isIn(permissionsOf(grants, Holder.GROUP, "front-line")))));
        assertThat(permissionsOf(grants, Holder.PROJECT_ROLE, "10002").size(), is(ProjectGrants.LEADS.size()));
    }

    @Test
    public void of_shouldGrantToBothWhenTheLeadsAreNamedByGroupAndRole() {
        List<Grant> grants = ProjectGrants.of("safeguarding-leads", "10002", "front-line");

        assertThat(permissionsOf(grants, Holder.GROUP, "safeguarding-leads").size(), is(ProjectGrants.LEADS.size()));
        assertThat(permissionsOf(grants, Holder.PROJECT_ROLE, "10002").size(), is(ProjectGrants.LEADS.size()));
    }
}
