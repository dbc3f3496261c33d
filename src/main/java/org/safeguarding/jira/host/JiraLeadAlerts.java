package org.safeguarding.jira.host;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.notify.LeadMail;
import org.safeguarding.jira.workflow.LeadAlerts;
import org.safeguarding.referral.LeadAlert;

/** Tells a case's safeguarding leads by e-mail through Jira's mail queue: the case's key, what happened, a link. */
@Named
public class JiraLeadAlerts implements LeadAlerts {
    private final LeadMail mail;

    @Inject
    public JiraLeadAlerts(LeadMail mail) {
        this.mail = mail;
    }

    @Override
    public List<String> tell(Issue issue, LeadAlert alert) {
        return mail.tell(issue, alert.subjectKey(), alert.bodyKey());
    }
}
