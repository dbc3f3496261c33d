package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Sets the app up in Jira: the Safeguarding concern issue type, every case field with its options, the
 * calculated Safeguarding risk field, the screen with its tabs and its screen scheme, the resolutions a case can
 * end with, the referral workflow with its statuses and workflow scheme, and the "Safeguarding confidential" issue
 * security scheme. Safe to run
 * again at any time (on every start, and when an admin asks): it adds what is missing and never changes or deletes
 * what is there. One node at a time: the others wait for it, then find everything made.
 */
@Named
public class Provisioning {
    private final SetupLock lock;
    private final SetupStore store;
    private final IssueTypeSetup issueTypeSetup;
    private final FieldSetup fieldSetup;
    private final ScreenSetup screenSetup;
    private final ResolutionSetup resolutionSetup;
    private final WorkflowSetup workflowSetup;
    private final ConfidentialSetup confidentialSetup;

    @Inject
    public Provisioning(SetupLock lock, SetupStore store, IssueTypeSetup issueTypeSetup,
                        FieldSetup fieldSetup, ScreenSetup screenSetup, ResolutionSetup resolutionSetup,
                        WorkflowSetup workflowSetup, ConfidentialSetup confidentialSetup) {
        this.lock = lock;
        this.store = store;
        this.issueTypeSetup = issueTypeSetup;
        this.fieldSetup = fieldSetup;
        this.screenSetup = screenSetup;
        this.resolutionSetup = resolutionSetup;
        this.workflowSetup = workflowSetup;
        this.confidentialSetup = confidentialSetup;
    }

    public SetupReport run() {
        return lock.holding(this::provision).orElseGet(() -> {
            SetupReport busy = new SetupReport();
            busy.problem("another node has been setting up for over " + SetupLock.WAIT_SECONDS
                    + " seconds; try again later");
            return busy;
        });
    }

    private SetupReport provision() {
        SetupRecorder recorder = new SetupRecorder(store);
        IssueType issueType = issueTypeSetup.ensure(recorder);
        for (CaseField field : CaseFields.ALL) {
            fieldSetup.ensure(field, issueType, recorder);
        }
        fieldSetup.ensure(CaseFields.RISK_FIELD, issueType, recorder);
        screenSetup.ensure(recorder);
        resolutionSetup.ensure(recorder);
        workflowSetup.ensure(issueType.getId(), recorder);
        confidentialSetup.ensure(recorder);
        return recorder.report();
    }
}
