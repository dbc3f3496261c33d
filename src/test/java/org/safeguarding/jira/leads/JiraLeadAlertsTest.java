package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.PersonConcerns;
import org.safeguarding.jira.cases.ScreeningValues;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.screening.Screening;

public class JiraLeadAlertsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private LeadMail mail;
    @Mock
    private Issue issue;

    @Mock
    private JiraCaseReader reader;
    @Mock
    private PersonConcerns concerns;

    @Test
    public void tell_shouldSendTheAlertsOwnMessageAndNameWhoWasTold() {
        when(mail.tell(issue, "safeguarding.mail.alert.missing.subject", "safeguarding.mail.alert.missing.body"))
                .thenReturn(List.of("Amira Lead"));

        assertThat(new JiraLeadAlerts(mail, reader, concerns).tell(issue, LeadAlert.MISSING), contains("Amira Lead"));
    }

    /** A second concern about a person says so, and nothing else: which one, or who, stays in Jira (issue 34). */
    @Test
    public void tell_shouldTellANewConcernWithAnEarlierOneAsARepeatConcern() {
        when(issue.getKey()).thenReturn("SG-12");
        when(reader.values(issue)).thenReturn(new ScreeningValues(Screening.builder().personReference("G-1023")
                .build(), null));
        when(concerns.others("SG-12", "G-1023")).thenReturn(List.of(new PersonConcerns.Other("SG-9",
                Optional.empty(), LocalDate.of(2026, 3, 3))));
        when(mail.tell(issue, JiraLeadAlerts.REPEAT_SUBJECT, JiraLeadAlerts.REPEAT_BODY)).thenReturn(List.of("Sam"));

        assertThat(new JiraLeadAlerts(mail, reader, concerns).tell(issue, LeadAlert.CONCERN_RAISED), contains("Sam"));
        assertThat(new PropertiesTexts().text(JiraLeadAlerts.REPEAT_BODY, "SG-12", "SG", "https://jira/browse/SG-12"),
                not(containsString("G-1023")));
    }

    @Test
    public void tell_shouldTellAsANewConcernWithoutAReferenceOrWhenJiraCannotSay() {
        when(reader.values(issue)).thenReturn(new ScreeningValues(Screening.builder().build(), null))
                .thenThrow(new IllegalStateException("field gone"));
        when(mail.tell(issue, LeadAlert.CONCERN_RAISED.subjectKey(), LeadAlert.CONCERN_RAISED.bodyKey()))
                .thenReturn(List.of("Sam"));
        JiraLeadAlerts alerts = new JiraLeadAlerts(mail, reader, concerns);

        assertThat(alerts.tell(issue, LeadAlert.CONCERN_RAISED), contains("Sam"));
        assertThat(alerts.tell(issue, LeadAlert.CONCERN_RAISED), contains("Sam"));
        verifyNoInteractions(concerns);
    }
}
