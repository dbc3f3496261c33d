package org.safeguarding.jira.enablement;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.leads.LeadMail;
import org.safeguarding.jira.workflow.ConfidentialLevel;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * A concern raised in a project that is not ready for them: set-up offers the issue type in Jira's default issue type
 * scheme, so any project on it can raise one, without the referral workflow whose Create keeps it confidential. When
 * such a concern is created with no security level, it is put at the "Safeguarding confidential" level if the project
 * has the app's scheme, its safeguarding leads are told by e-mail (no personal data: the key and a link), and the
 * access log says what was done.
 */
@Named
public class JiraUnreadyConcerns implements UnreadyConcerns {
    static final String CONFIDENTIAL = "safeguarding.access.detail.created-unready-confidential";
    static final String NOT_CONFIDENTIAL = "safeguarding.access.detail.created-unready-open";
    static final String LEADS_TOLD = "safeguarding.access.detail.leads-told";
    static final String NO_LEAD_TOLD = "safeguarding.access.detail.no-lead-told";

    private final JiraCaseReader reader;
    private final ConfidentialLevel levels;
    private final IssueManager issues;
    private final LeadMail leadMail;
    private final AccessLog log;
    private final Clock clock;

    @Inject
    public JiraUnreadyConcerns(JiraCaseReader reader, ConfidentialLevel levels, IssueManager issues, LeadMail leadMail,
                               AccessLog log, Clock clock) {
        this.reader = reader;
        this.levels = levels;
        this.issues = issues;
        this.leadMail = leadMail;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void created(IssueEvent event) {
        if (event.getIssue() == null || event.getUser() == null || event.getIssue().getSecurityLevelId() != null
                || !reader.isCase(event.getIssue())) {
            return;
        }
        MutableIssue created = issues.getIssueObject(event.getIssue().getKey());
        Optional<Long> level = levels.levelFor(created);
        level.ifPresent(id -> {
            created.setSecurityLevelId(id);
            // No event and no e-mail: either would tell people the case exists who may not see it.
            issues.updateIssue(event.getUser(), created, EventDispatchOption.DO_NOT_DISPATCH, false);
        });
        log.append(new CaseAccess(created.getKey(), event.getUser().getKey(), clock.instant(), AccessKind.CHANGED,
                level.isPresent() ? CONFIDENTIAL : NOT_CONFIDENTIAL));
        int told = leadMail.tell(created, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body")
                .size();
        log.append(new CaseAccess(created.getKey(), event.getUser().getKey(), clock.instant(), AccessKind.CHANGED,
                told > 0 ? LEADS_TOLD : NO_LEAD_TOLD));
    }
}
