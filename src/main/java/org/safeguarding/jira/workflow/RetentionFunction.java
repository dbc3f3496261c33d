package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.records.ClosedCases;

/**
 * On Close, notes the case for the retention report with its retention review date, filling the date from the
 * retention period in the settings where the lead left it empty; on Reopen, takes it off. The workflow says which with
 * the argument {@code retention} ({@code closed} or {@code reopened}). On Close it runs first, so that the date it fills
 * is stored with the rest of the transition.
 */
public class RetentionFunction implements FunctionProvider {
    static final String WHICH = "retention";

    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final ClosedCases closed;
    private final SettingsStore settings;
    private final Clock clock;

    @Inject
    public RetentionFunction(RuleGuard guard, WorkflowCaseAccess cases, ClosedCases closed, SettingsStore settings,
                             Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.closed = closed;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        if ("reopened".equals(args.get(WHICH))) {
            closed.reopened(issue.getKey());
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> given = cases.valuesOf(issue).date(CaseFields.RETENTION_REVIEW);
        Optional<LocalDate> review = given.or(() -> settings.read().retentionReviewAfterClosing(today));
        if (given.isEmpty()) {
            review.ifPresent(date -> cases.setDate(issue, CaseFields.RETENTION_REVIEW, date));
        }
        closed.closed(issue.getKey(), today, review.orElse(null));
    }
}
