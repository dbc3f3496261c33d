package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.LeadAlert;

public class JiraLeadAlertsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private LeadMail mail;
    @Mock
    private Issue issue;

    @Test
    public void tell_shouldSendTheAlertsOwnMessageAndNameWhoWasTold() {
        when(mail.tell(issue, "safeguarding.mail.alert.missing.subject", "safeguarding.mail.alert.missing.body"))
                .thenReturn(List.of("Amira Lead"));

        assertThat(new JiraLeadAlerts(mail).tell(issue, LeadAlert.MISSING), contains("Amira Lead"));
    }
}
