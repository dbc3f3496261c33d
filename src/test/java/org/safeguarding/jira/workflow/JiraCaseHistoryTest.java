package org.safeguarding.jira.workflow;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.leads.AoLeadsTold;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.screening.RiskLevel;

public class JiraCaseHistoryTest {
    private static final Instant NOW = Instant.parse("2026-12-01T14:02:00Z");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CommentManager comments;
    @Mock
    private UserManager users;
    @Mock
    private ApplicationProperties application;
    @Mock
    private Issue issue;
    @Mock
    private ApplicationUser amira;
    @Mock
    private AoLeadsTold told;

    private JiraCaseHistory history;

    @Before
    public void setUp() {
        when(issue.getKey()).thenReturn("SG-12");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example");
        history = new JiraCaseHistory(comments, users, application, new PropertiesTexts(), told,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void missingSummaryProduced_shouldCommentAsTheUserWithTheLinkAndEmailNobody() {
        when(users.getUserByKey("amira")).thenReturn(amira);
        when(amira.getDisplayName()).thenReturn("Amira Hassan");

        history.missingSummaryProduced(issue, "amira");

        verify(comments).create(issue, amira, "Missing-person summary for police produced by Amira Hassan. Open it "
                + "to print: https://jira.example/plugins/servlet/safeguarding/missing-summary?case=SG-12", false);
    }

    @Test
    public void missingSummaryProduced_shouldStillBeRecordedForAUserJiraNoLongerKnows() {
        history.missingSummaryProduced(issue, "JIRAUSER10400");

        verify(comments).create(eq(issue), isNull(), eq("Missing-person summary for police produced by "
                + "JIRAUSER10400. Open it to print: https://jira.example/plugins/servlet/safeguarding/"
                + "missing-summary?case=SG-12"), eq(false));
    }

    @Test
    public void leadsTold_shouldSayWhomItToldAndAboutWhatWithNoEvent() {
        when(users.getUserByKey("amira")).thenReturn(amira);

        history.leadsTold(issue, LeadAlert.MISSING, RiskLevel.HIGH, List.of("Sam Lead", "Ola Lead"), "amira");

        verify(comments).create(issue, amira, "The case's safeguarding leads were told at once that someone on the "
                + "case has been reported missing: Sam Lead, Ola Lead.", false);
    }

    @Test
    public void leadsTold_shouldSayWhenNoLeadCouldBeToldAndToTellTheirLeadThemselves() {
        when(users.getUserByKey("amira")).thenReturn(amira);

        history.leadsTold(issue, LeadAlert.CONCERN_RAISED, RiskLevel.HIGH, List.of(), "amira");

        verify(comments).create(eq(issue), eq(amira), contains("Tell your lead yourself now."), eq(false));
    }

    @Test
    public void leadsTold_shouldKeepWhenAndWhomItToldForThePanel() {
        history.leadsTold(issue, LeadAlert.IMMEDIATE_DANGER, RiskLevel.HIGH, List.of("Sam Lead"), "amira");

        verify(told).record("SG-12", new LeadsTold(LeadAlert.IMMEDIATE_DANGER, NOW, List.of("Sam Lead"),
                Optional.of(RiskLevel.HIGH)));
    }

    @Test
    public void leadsTold_shouldKeepThatNobodyWasToldSoThePanelCanSaySo() {
        history.leadsTold(issue, LeadAlert.MISSING, RiskLevel.HIGH, List.of(), "amira");

        verify(told).record("SG-12", new LeadsTold(LeadAlert.MISSING, NOW, List.of(), Optional.of(RiskLevel.HIGH)));
    }
}
