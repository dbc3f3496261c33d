package org.safeguarding.jira.cases;

import java.util.Optional;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;

/**
 * The check a REST resource for a case's safeguarding leads makes first: the case's own key when the current user
 * leads it; otherwise 401 for nobody logged in, and 403 both for a case they may not see and one that does not exist
 * (so the answer never reveals which), or 403 in the resource's words for a case they see but do not lead.
 */
public final class LeadCaseRequests {
    private final CurrentUser currentUser;
    private final Cases cases;
    private final CaseLeads leads;
    private final Texts texts;

    public LeadCaseRequests(CurrentUser currentUser, Cases cases, CaseLeads leads, Texts texts) {
        this.currentUser = currentUser;
        this.cases = cases;
        this.leads = leads;
        this.texts = texts;
    }

    /** The case's own key (Jira also finds a moved case by its old key) when the current user leads it. */
    public Optional<String> leadsCase(String issueKey) {
        return currentUser.key().flatMap(user -> cases.visibleCaseKey(issueKey)).filter(leads::leads);
    }

    /** Why the current user may not have the case, {@code leadsOnlyKey} saying it to someone who sees but not leads it. */
    public Response refusal(String issueKey, String leadsOnlyKey) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        return ErrorsJson.status(Response.Status.FORBIDDEN, cases.visibleCaseKey(issueKey).isPresent()
                ? leadsOnlyKey : "safeguarding.error.case-not-visible", texts);
    }
}
