package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.PersonConcerns;
import org.safeguarding.referral.LeadAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a case's safeguarding leads by e-mail through Jira's mail queue: the case's key, what happened, a link. Telling
 * them must never stop a concern being raised or a report of danger being made: {@link LeadMail} never fails, and
 * counts nobody as told when Jira cannot find the leads or queue the messages, which the case's history then says.
 * A new concern about a person with an earlier one (the same person reference) is told as a repeat concern, and no
 * more: which concern, or anything of the person, stays in Jira.
 */
@Named
public class JiraLeadAlerts implements LeadAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(JiraLeadAlerts.class);
    static final String REPEAT_SUBJECT = "safeguarding.mail.alert.concern-raised.repeat.subject";
    static final String REPEAT_BODY = "safeguarding.mail.alert.concern-raised.repeat.body";

    private final LeadMail mail;
    private final JiraCaseReader reader;
    private final PersonConcerns concerns;

    @Inject
    public JiraLeadAlerts(LeadMail mail, JiraCaseReader reader, PersonConcerns concerns) {
        this.mail = mail;
        this.reader = reader;
        this.concerns = concerns;
    }

    @Override
    public List<String> tell(Issue issue, LeadAlert alert) {
        return alert == LeadAlert.CONCERN_RAISED && repeat(issue) ? mail.tell(issue, REPEAT_SUBJECT, REPEAT_BODY)
                : mail.tell(issue, alert.subjectKey(), alert.bodyKey());
    }

    /**
     * Whether the person has another concern the one raising this may see: as the worker raising it, so the message
     * says no more than they know. Not knowing is no reason to hold the alert back: it goes as a new concern.
     */
    private boolean repeat(Issue issue) {
        try {
            return reader.values(issue).text(CaseFields.PERSON_REFERENCE)
                    .map(reference -> !concerns.others(issue.getKey(), reference).isEmpty()).orElse(false);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not tell whether {} is a repeat concern ({})", issue.getKey(), e.getClass().getName());
            return false;
        }
    }
}
