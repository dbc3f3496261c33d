package org.safeguarding.jira.host;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.notify.LeadMail;
import org.safeguarding.jira.workflow.LeadAlerts;
import org.safeguarding.referral.LeadAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a case's safeguarding leads by e-mail through Jira's mail queue: the case's key, what happened, a link. Telling
 * them must never stop a concern being raised or a report of danger being made: if Jira cannot queue the messages,
 * nobody is counted as told, which the case's history then says.
 */
@Named
public class JiraLeadAlerts implements LeadAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(JiraLeadAlerts.class);

    private final LeadMail mail;

    @Inject
    public JiraLeadAlerts(LeadMail mail) {
        this.mail = mail;
    }

    @Override
    public List<String> tell(Issue issue, LeadAlert alert) {
        try {
            return mail.tell(issue, alert.subjectKey(), alert.bodyKey());
        } catch (RuntimeException e) {
            LOG.warn("Could not queue the e-mails telling the leads of {} ({})", issue.getKey(), alert.id(), e);
            return List.of();
        }
    }
}
