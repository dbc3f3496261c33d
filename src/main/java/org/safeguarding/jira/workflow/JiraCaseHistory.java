package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.leads.AoLeadsTold;
import org.safeguarding.jira.missing.MissingSummaryServlet;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.RiskLevel;

/**
 * The case history is the issue's comments: a comment's author and date say who did what and when, everyone who may
 * see the case sees it, and Jira keeps it with the case. No event is sent, so nobody is emailed personal details.
 * Each telling of the leads is also kept in the app's own store, where the panel reads the latest at once.
 */
@Named
public class JiraCaseHistory implements CaseHistory {
    private final CommentManager comments;
    private final com.atlassian.jira.user.util.UserManager users;
    private final ApplicationProperties application;
    private final Texts texts;
    private final AoLeadsTold told;
    private final Clock clock;

    @Inject
    public JiraCaseHistory(CommentManager comments, com.atlassian.jira.user.util.UserManager users,
                           ApplicationProperties application, Texts texts, AoLeadsTold told, Clock clock) {
        this.comments = comments;
        this.users = users;
        this.application = application;
        this.texts = texts;
        this.told = told;
        this.clock = clock;
    }

    @Override
    public void missingSummaryProduced(Issue issue, String userKey) {
        ApplicationUser author = users.getUserByKey(userKey);
        String link = application.getBaseUrl(UrlMode.CANONICAL) + MissingSummaryServlet.PATH + issue.getKey();
        String name = author == null ? userKey : author.getDisplayName();
        comments.create(issue, author, texts.text("safeguarding.missing-summary.comment", name, link), false);
    }

    @Override
    public void leadsTold(Issue issue, LeadAlert alert, RiskLevel risk, List<String> leads, String userKey) {
        String what = texts.text(alert.labelKey());
        comments.create(issue, users.getUserByKey(userKey), leads.isEmpty()
                ? texts.text("safeguarding.alert.nobody-told", what)
                : texts.text("safeguarding.alert.told", what, String.join(", ", leads)), false);
        told.record(issue.getKey(), new LeadsTold(alert, clock.instant(), leads, Optional.of(risk)));
    }

    @Override
    public void dangerChecked(Issue issue, Answer stillInDanger, String userKey) {
        comments.create(issue, users.getUserByKey(userKey), texts.text("safeguarding.danger-check.comment",
                texts.text(stillInDanger.labelKey())), false);
    }
}
