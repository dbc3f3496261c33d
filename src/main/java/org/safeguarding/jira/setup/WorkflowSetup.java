package org.safeguarding.jira.setup;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.opensymphony.workflow.WorkflowException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.Resolution;

/**
 * Makes sure Jira has the referral workflow: a status for each step (with its plain-language description and the
 * board category that suits it), the "Safeguarding referral" workflow built from the shipped XML with those statuses
 * and the screens {@link ScreenSetup} made, firing the event {@link EventSetup} made, and a workflow scheme that maps
 * the Safeguarding concern issue type to it. Statuses and the scheme are found by recorded id or name, the workflow by
 * name; nothing is renamed, changed or removed here, so an admin's edits stay ({@link WorkflowUpgradeSetup} brings a
 * workflow an earlier version made up to this version's rules).
 */
@Named
public class WorkflowSetup {
    public static final String WORKFLOW_NAME = "Safeguarding referral";
    /** Jira ignores status icons since 6.2 but still requires a URL; this is its generic one. */
    static final String STATUS_ICON = "/images/icons/statuses/generic.png";

    private final StatusManager statuses;
    private final StatusCategoryManager categories;
    private final WorkflowManager workflows;
    private final WorkflowSchemeManager schemes;
    private final WorkflowObjects objects;
    private final UserManager users;
    private final Texts texts;

    @Inject
    public WorkflowSetup(StatusManager statuses, StatusCategoryManager categories, WorkflowManager workflows,
                         WorkflowSchemeManager schemes, WorkflowObjects objects, UserManager users, Texts texts) {
        this.statuses = statuses;
        this.categories = categories;
        this.workflows = workflows;
        this.schemes = schemes;
        this.objects = objects;
        this.users = users;
        this.texts = texts;
    }

    /**
     * @param adminKey the administrator running set-up, in whose name Jira records the new workflow; without one
     *                 (Jira starting the app) the workflow waits for an administrator
     */
    void ensure(String issueTypeId, Optional<String> adminKey, SetupRecorder recorder) {
        Map<ReferralStep, String> statusIds = new EnumMap<>(ReferralStep.class);
        for (ReferralStep step : ReferralStep.values()) {
            statusIds.put(step, status(step, recorder).getId());
        }
        if (!workflow(statusIds, adminKey, recorder)) {
            return;
        }
        scheme(issueTypeId, recorder);
    }

    private Status status(ReferralStep step, SetupRecorder recorder) {
        String name = texts.text(step.labelKey());
        Optional<Status> existing = recorder.ids().status(step.id()).map(statuses::getStatus)
                .or(() -> statuses.getStatuses().stream()
                        .filter(status -> name.equalsIgnoreCase(status.getName())).findFirst());
        if (existing.isPresent()) {
            recorder.found("status " + name, ids -> ids.withStatus(step.id(), existing.get().getId()));
            return existing.get();
        }
        Status created = statuses.createStatus(name, texts.text(step.descriptionKey()), STATUS_ICON,
                categories.getStatusCategoryByKey(categoryKey(step)));
        recorder.created("status " + name, ids -> ids.withStatus(step.id(), created.getId()));
        return created;
    }

    /** Boards group columns by category: a new concern is to do, a closed case done, everything else in progress. */
    private static String categoryKey(ReferralStep step) {
        return switch (step) {
            case CONCERN_RAISED -> StatusCategory.TO_DO;
            case CLOSED -> StatusCategory.COMPLETE;
            default -> StatusCategory.IN_PROGRESS;
        };
    }

    /** Whether the workflow is there, found or made; a problem is reported when Jira refuses it. */
    private boolean workflow(Map<ReferralStep, String> statusIds, Optional<String> adminKey,
                             SetupRecorder recorder) {
        try {
            if (workflows.workflowExists(WORKFLOW_NAME)) {
                recorder.found("workflow " + WORKFLOW_NAME, ids -> ids);
                return true;
            }
        } catch (WorkflowException e) {
            recorder.problem("Jira could not say whether the workflow " + WORKFLOW_NAME + " exists: " + e.getMessage());
            return false;
        }
        Optional<ApplicationUser> creator = adminKey.map(users::getUserByKey);
        if (creator.isEmpty()) {
            recorder.waitingForAdmin("the workflow " + WORKFLOW_NAME + " is made in the name of the administrator "
                    + "who runs set-up: open Administration, Safeguarding, and choose Run set-up");
            return false;
        }
        Optional<WorkflowDefinition.Screens> screens = WorkflowDefinition.Screens.of(recorder.ids());
        if (screens.isEmpty()) {
            recorder.problem("the workflow " + WORKFLOW_NAME + " needs the Safeguarding screens, which are not set up");
            return false;
        }
        List<String> resolutionIds = Arrays.stream(Resolution.values())
                .map(resolution -> recorder.ids().resolution(resolution.id())).flatMap(Optional::stream).toList();
        if (resolutionIds.size() < Resolution.values().length) {
            recorder.problem("the workflow " + WORKFLOW_NAME + " needs the Safeguarding resolutions, which are not "
                    + "all set up");
            return false;
        }
        Optional<Long> event = recorder.ids().eventType();
        if (event.isEmpty()) {
            recorder.problem("the workflow " + WORKFLOW_NAME + " fires Jira's own events, because the app's event is "
                    + "not set up: a notification scheme that names them e-mails the case's contents (admin guide, "
                    + "Jira's own e-mails)");
        }
        try {
            workflows.createWorkflow(creator.get(), objects.newWorkflow(WORKFLOW_NAME,
                    WorkflowDefinition.filled(statusIds, screens.get(), resolutionIds, event)));
        } catch (WorkflowException | RuntimeException e) {
            recorder.problem("Jira did not accept the workflow " + WORKFLOW_NAME + ": " + e.getMessage());
            return false;
        }
        recorder.created("workflow " + WORKFLOW_NAME, ids -> ids);
        return true;
    }

    private void scheme(String issueTypeId, SetupRecorder recorder) {
        String name = texts.text("safeguarding.workflow-scheme.name");
        Optional<AssignableWorkflowScheme> existing = recorder.ids().workflowScheme()
                .map(schemes::getWorkflowSchemeObj)
                .or(() -> StreamSupport.stream(schemes.getAssignableSchemes().spliterator(), false)
                        .filter(scheme -> name.equals(scheme.getName())).findFirst());
        if (existing.isPresent()) {
            recorder.found("workflow scheme " + name, ids -> ids.withWorkflowScheme(existing.get().getId()));
            return;
        }
        AssignableWorkflowScheme.Builder builder = schemes.assignableBuilder()
                .setName(name)
                .setDescription(texts.text("safeguarding.workflow-scheme.description"));
        builder.setMapping(issueTypeId, WORKFLOW_NAME);
        AssignableWorkflowScheme created = schemes.createScheme(builder.build());
        recorder.created("workflow scheme " + name, ids -> ids.withWorkflowScheme(created.getId()));
    }
}
