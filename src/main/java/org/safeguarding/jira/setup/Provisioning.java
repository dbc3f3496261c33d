package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SetupLock;

/**
 * Sets the app up in Jira: the Safeguarding concern issue type, every case field with its options, the
 * calculated Safeguarding risk field, the screen with its tabs and its screen scheme, the resolutions a case can
 * end with, the app's own event (which Jira's notification schemes leave alone), the referral workflow (and one an
 * earlier version made brought up to date) with its statuses and workflow scheme, and the "Safeguarding confidential" issue
 * security scheme. Safe to run
 * again at any time (on every start, and when an admin asks): it adds what is missing and never changes or deletes
 * what is there. One node at a time: the others wait for it, then find everything made. Each step runs on its own
 * and the run is kept ({@link SetupRuns}) for the administration page, with what to do by hand where a step failed.
 */
@Named
public class Provisioning {
    private final SetupLock lock;
    private final SetupStore store;
    private final SetupRuns runs;
    private final IssueTypeSetup issueTypeSetup;
    private final FieldSetup fieldSetup;
    private final ScreenSetup screenSetup;
    private final ResolutionSetup resolutionSetup;
    private final EventSetup eventSetup;
    private final LinkTypeSetup linkTypeSetup;
    private final WorkflowSetup workflowSetup;
    private final WorkflowUpgradeSetup upgradeSetup;
    private final ConfidentialSetup confidentialSetup;
    private final SelfCheck selfCheck;
    private final Clock clock;

    @Inject
    public Provisioning(SetupLock lock, SetupStore store, SetupRuns runs, IssueTypeSetup issueTypeSetup,
                        FieldSetup fieldSetup, ScreenSetup screenSetup, ResolutionSetup resolutionSetup,
                        EventSetup eventSetup, LinkTypeSetup linkTypeSetup, WorkflowSetup workflowSetup,
                        WorkflowUpgradeSetup upgradeSetup, ConfidentialSetup confidentialSetup, SelfCheck selfCheck,
                        Clock clock) {
        this.lock = lock;
        this.store = store;
        this.runs = runs;
        this.issueTypeSetup = issueTypeSetup;
        this.fieldSetup = fieldSetup;
        this.screenSetup = screenSetup;
        this.resolutionSetup = resolutionSetup;
        this.eventSetup = eventSetup;
        this.linkTypeSetup = linkTypeSetup;
        this.workflowSetup = workflowSetup;
        this.upgradeSetup = upgradeSetup;
        this.confidentialSetup = confidentialSetup;
        this.selfCheck = selfCheck;
        this.clock = clock;
    }

    /**
     * @param adminKey the administrator who asked, in whose name the workflow is made; empty when Jira started the
     *                 app, and then the workflow waits for an administrator
     */
    public SetupReport run(Optional<String> adminKey) {
        return lock.holding(() -> provision(adminKey)).orElseGet(() -> {
            SetupReport busy = new SetupReport();
            busy.problem("another node has been setting up for over " + SetupLock.WAIT_SECONDS
                    + " seconds; try again later");
            return busy;
        });
    }

    /** Whether the self-check lets the step run; if not, the step is reported with the member this Jira lacks. */
    private boolean runs(SetupStep step, Object setup, SetupRecorder recorder) {
        List<SelfCheck.Found> missing = selfCheck.missingFor(setup.getClass());
        if (missing.isEmpty()) {
            return true;
        }
        recorder.switchedOff(step, "this Jira lacks " + missing.stream()
                .map(found -> found.missing().member().readable()).collect(Collectors.joining(", ")));
        return false;
    }

    private SetupReport provision(Optional<String> adminKey) {
        Instant started = clock.instant();
        String by = adminKey.orElse(null);
        runs.save(new SetupRuns.Run(started, null, by, List.of()));
        SetupRecorder recorder = new SetupRecorder(store);
        Optional<IssueType> issueType = runs(SetupStep.ISSUE_TYPE, issueTypeSetup, recorder)
                ? recorder.step(SetupStep.ISSUE_TYPE, () -> issueTypeSetup.ensure(recorder)) : Optional.empty();
        if (issueType.isEmpty()) {
            recorder.skipped(SetupStep.FIELDS, SetupStep.ISSUE_TYPE);
        } else if (runs(SetupStep.FIELDS, fieldSetup, recorder)) {
            recorder.run(SetupStep.FIELDS, () -> {
                for (CaseField field : CaseFields.ALL) {
                    fieldSetup.ensure(field, issueType.get(), recorder);
                }
                fieldSetup.ensure(CaseFields.RISK_FIELD, issueType.get(), recorder);
            });
        }
        if (runs(SetupStep.SCREENS, screenSetup, recorder)) {
            recorder.run(SetupStep.SCREENS, () -> screenSetup.ensure(recorder));
        }
        if (runs(SetupStep.RESOLUTIONS, resolutionSetup, recorder)) {
            recorder.run(SetupStep.RESOLUTIONS, () -> resolutionSetup.ensure(recorder));
        }
        if (runs(SetupStep.EVENT, eventSetup, recorder)) {
            recorder.run(SetupStep.EVENT, () -> eventSetup.ensure(recorder));
        }
        if (runs(SetupStep.LINK_TYPE, linkTypeSetup, recorder)) {
            recorder.run(SetupStep.LINK_TYPE, () -> linkTypeSetup.ensure(recorder));
        }
        boolean workflow = false;
        if (issueType.isEmpty()) {
            recorder.skipped(SetupStep.WORKFLOW, SetupStep.ISSUE_TYPE);
        } else if (runs(SetupStep.WORKFLOW, workflowSetup, recorder)) {
            workflow = recorder.run(SetupStep.WORKFLOW,
                    () -> workflowSetup.ensure(issueType.get().getId(), adminKey, recorder));
        }
        if (!workflow) {
            recorder.skipped(SetupStep.WORKFLOW_UPGRADE, SetupStep.WORKFLOW);
        } else if (runs(SetupStep.WORKFLOW_UPGRADE, upgradeSetup, recorder)) {
            recorder.run(SetupStep.WORKFLOW_UPGRADE, () -> upgradeSetup.ensure(adminKey, recorder));
        }
        if (runs(SetupStep.CONFIDENTIAL, confidentialSetup, recorder)) {
            recorder.run(SetupStep.CONFIDENTIAL, () -> confidentialSetup.ensure(recorder));
        }
        runs.save(new SetupRuns.Run(started, clock.instant(), by, recorder.report().steps()));
        return recorder.report();
    }
}
