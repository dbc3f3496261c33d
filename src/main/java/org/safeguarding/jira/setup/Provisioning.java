package org.safeguarding.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.concurrent.TimeUnit;
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
    static final String LOCK = "org.safeguarding.setup";
    private static final long WAIT_SECONDS = 60;

    private final ClusterLockService locks;
    private final SetupStore store;
    private final IssueTypeSetup issueTypeSetup;
    private final FieldSetup fieldSetup;
    private final ScreenSetup screenSetup;
    private final ResolutionSetup resolutionSetup;
    private final WorkflowSetup workflowSetup;
    private final ConfidentialSetup confidentialSetup;

    @Inject
    public Provisioning(ClusterLockService locks, SetupStore store, IssueTypeSetup issueTypeSetup,
                        FieldSetup fieldSetup, ScreenSetup screenSetup, ResolutionSetup resolutionSetup,
                        WorkflowSetup workflowSetup, ConfidentialSetup confidentialSetup) {
        this.locks = locks;
        this.store = store;
        this.issueTypeSetup = issueTypeSetup;
        this.fieldSetup = fieldSetup;
        this.screenSetup = screenSetup;
        this.resolutionSetup = resolutionSetup;
        this.workflowSetup = workflowSetup;
        this.confidentialSetup = confidentialSetup;
    }

    public SetupReport run() {
        ClusterLock lock = locks.getLockForName(LOCK);
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            SetupReport busy = new SetupReport();
            busy.problem("another node has been setting up for over " + WAIT_SECONDS + " seconds; try again later");
            return busy;
        }
        try {
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
        } finally {
            lock.unlock();
        }
    }
}
