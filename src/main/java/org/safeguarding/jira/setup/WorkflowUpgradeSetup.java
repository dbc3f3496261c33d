package org.safeguarding.jira.setup;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Brings the "Safeguarding referral" workflow an earlier version installed up to this version's rules
 * ({@link WorkflowUpgrade}), in the name of the administrator running set-up. An active workflow changes as Jira's own
 * editor changes it, through a draft that is then published, and never over a draft an administrator has open. A step
 * of its own: a Jira that lacks the draft API still gets the workflow made.
 */
@Named
public class WorkflowUpgradeSetup {
    private static final String NAME = WorkflowSetup.WORKFLOW_NAME;

    private final WorkflowManager workflows;
    private final WorkflowObjects objects;
    private final UserManager users;

    @Inject
    public WorkflowUpgradeSetup(WorkflowManager workflows, WorkflowObjects objects, UserManager users) {
        this.workflows = workflows;
        this.objects = objects;
        this.users = users;
    }

    void ensure(Optional<String> adminKey, SetupRecorder recorder) {
        Optional<Long> caseScreen = recorder.ids().screen();
        Optional<Long> workerScreen = recorder.ids().workerScreen();
        JiraWorkflow installed = workflows.getWorkflowClone(NAME);
        if (caseScreen.isEmpty() || workerScreen.isEmpty() || installed == null) {
            return;
        }
        WorkflowUpgrade.Ids ids = new WorkflowUpgrade.Ids(caseScreen.get(), workerScreen.get(),
                recorder.ids().eventType(), recorder.ids().dangerScreen(), recorder.ids().missingScreen(),
                recorder.ids().referScreen());
        List<String> changes = WorkflowUpgrade.upgrade(installed.getDescriptor(), ids, objects);
        if (changes.isEmpty()) {
            recorder.found("workflow " + NAME + " up to date", same -> same);
            return;
        }
        Optional<ApplicationUser> admin = adminKey.map(users::getUserByKey);
        if (admin.isEmpty()) {
            recorder.waitingForAdmin("the workflow " + NAME + " is brought up to date in the name of the "
                    + "administrator who runs set-up: open Administration, Safeguarding, and choose Run set-up");
            return;
        }
        if (!workflows.isActive(installed)) {
            workflows.updateWorkflow(admin.get(), installed);
        } else if (workflows.getDraftWorkflow(NAME) != null) {
            recorder.problem("the workflow " + NAME + " has a draft an administrator has not published: publish or "
                    + "discard it in Administration, Issues, Workflows, then run set-up again");
            return;
        } else {
            publish(admin.get(), ids);
        }
        changes.forEach(change -> recorder.created("workflow " + NAME + ", " + change, same -> same));
    }

    /** Changes the active workflow through a draft; a draft Jira would not publish is discarded, not left open. */
    private void publish(ApplicationUser admin, WorkflowUpgrade.Ids ids) {
        JiraWorkflow draft = workflows.createDraftWorkflow(admin, NAME);
        try {
            WorkflowUpgrade.upgrade(draft.getDescriptor(), ids, objects);
            workflows.updateWorkflow(admin, draft);
            workflows.overwriteActiveWorkflow(admin, NAME);
        } catch (RuntimeException e) {
            workflows.deleteDraftWorkflow(NAME);
            throw e;
        }
    }
}
