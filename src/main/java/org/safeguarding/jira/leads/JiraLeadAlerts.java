package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.referral.LeadAlert;

/**
 * Tells a case's safeguarding leads by e-mail through Jira's mail queue: the case's key, what happened, a link. Telling
 * them must never stop a concern being raised or a report of danger being made: {@link LeadMail} never fails, and
 * counts nobody as told when Jira cannot find the leads or queue the messages, which the case's history then says.
 */
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
