package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a case's safeguarding leads that something happened to it, by e-mail through Jira's mail queue, which sends
 * nothing while Jira's outgoing mail is switched off. The message carries no personal data, on purpose: mailboxes are
 * not confidential. It says the case's key, its project's key and what happened, and links to the case, which the
 * reader sees only if Jira lets them.
 */
@Named
public class LeadMail {
    private static final Logger LOG = LoggerFactory.getLogger(LeadMail.class);

    private final ConfiguredLeads leads;
    private final MailQueue mail;
    private final ApplicationProperties application;
    private final Texts texts;

    @Inject
    public LeadMail(ConfiguredLeads leads, MailQueue mail, ApplicationProperties application, Texts texts) {
        this.leads = leads;
        this.mail = mail;
        this.application = application;
        this.texts = texts;
    }

    /**
     * Never fails: telling the leads must not stop a concern being raised or danger being reported. If Jira cannot
     * find the leads or queue the messages (a look-up or the mail queue throws, or this Jira lacks part of their API),
     * nobody is counted as told, which the case's history and panel then say.
     *
     * @param subjectKey i18n key of the subject; {0} is the case's key
     * @param bodyKey    i18n key of the body; {0} the case's key, {1} its project's key, {2} the link to it
     * @return the names of the leads a message was queued for, in order; empty when none could be told
     */
    public List<String> tell(Issue issue, String subjectKey, String bodyKey) {
        try {
            return queue(issue, subjectKey, bodyKey);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not tell the safeguarding leads of {}: {}", issue.getKey(), e.toString());
            return List.of();
        }
    }

    private List<String> queue(Issue issue, String subjectKey, String bodyKey) {
        String link = application.getBaseUrl(UrlMode.CANONICAL) + "/browse/" + issue.getKey();
        String project = issue.getProjectObject() == null ? "" : issue.getProjectObject().getKey();
        Set<ApplicationUser> told = leads.leadsToTell(issue);
        for (ApplicationUser lead : told) {
            mail.addItem(new SingleMailQueueItem(new Email(lead.getEmailAddress())
                    .setSubject(texts.text(subjectKey, issue.getKey()))
                    .setBody(texts.text(bodyKey, issue.getKey(), project, link))
                    .setMimeType("text/plain")));
        }
        return told.stream().map(ApplicationUser::getDisplayName).toList();
    }
}
