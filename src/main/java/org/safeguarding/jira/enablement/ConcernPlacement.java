package org.safeguarding.jira.enablement;

import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.workflow.WorkflowScheme;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.setup.WorkflowSetup;

/** Whether a project's schemes treat Safeguarding concerns the app's way: read alike by readiness and enablement. */
public final class ConcernPlacement {
    private ConcernPlacement() {
    }

    /** The issue type screen scheme gives concerns the app's screen scheme (by its own entry or its default). */
    public static boolean caseScreens(IssueTypeScreenScheme scheme, IssueType concern, SetupIds ids) {
        // Never null (jira-api, since 6.2): the issue type's own screen scheme, or the scheme's default.
        return ids.screenScheme().filter(scheme.getEffectiveFieldScreenScheme(concern).getId()::equals).isPresent();
    }

    /** The workflow scheme runs concerns on the referral workflow (by their own mapping or its default). */
    public static boolean referralWorkflow(WorkflowScheme scheme, IssueType concern) {
        return WorkflowSetup.WORKFLOW_NAME.equals(scheme.getActualWorkflow(concern.getId()));
    }
}
