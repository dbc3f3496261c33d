package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.LeadAlert;

public class LeadMailTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ConfiguredLeads leads;
    @Mock
    private MailQueue mail;
    @Mock
    private ApplicationProperties application;
    @Mock
    private Issue concern;
    @Mock
    private Project project;
    @Mock
    private ApplicationUser amira;
    @Mock
    private ApplicationUser sam;

    private LeadMail leadMail;

    @Before
    public void setUp() {
        when(concern.getKey()).thenReturn("HELP-3");
        when(concern.getProjectObject()).thenReturn(project);
        when(project.getKey()).thenReturn("HELP");
        leadMail = new LeadMail(leads, mail, application, new PropertiesTexts());
    }

    @Test
    public void tell_shouldQueueEachLeadAMessageWithTheKeyAndALinkAndNothingAboutThePerson() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.org");
        when(amira.getEmailAddress()).thenReturn("amira@example.org");
        when(sam.getEmailAddress()).thenReturn("sam@example.org");
        when(amira.getDisplayName()).thenReturn("Amira Lead");
        when(sam.getDisplayName()).thenReturn("Sam Lead");
        when(leads.leadsToTell(concern)).thenReturn(new LinkedHashSet<>(List.of(amira, sam)));

        List<String> told = leadMail.tell(concern, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body");

        assertThat(told, contains("Amira Lead", "Sam Lead"));
        ArgumentCaptor<MailQueueItem> queued = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(mail, times(2)).addItem(queued.capture());
        Email first = ((SingleMailQueueItem) queued.getAllValues().get(0)).getEmail();
        assertThat(first.getTo(), is("amira@example.org"));
        assertThat(((SingleMailQueueItem) queued.getAllValues().get(1)).getEmail().getTo(), is("sam@example.org"));
        assertThat(first.getSubject(), is("Safeguarding concern HELP-3 was raised in a project not ready for it"));
        assertThat(first.getBody(), containsString("https://jira.example.org/browse/HELP-3"));
        assertThat(first.getBody(), containsString("enable project HELP"));
        assertThat(first.getMimeType(), is("text/plain"));
        verify(concern, never()).getSummary();
        verify(concern, never()).getDescription();
        verify(concern, never()).getCustomFieldValue(any());
    }

    /** A new concern, immediate danger, someone missing: one message each, with the key and a link, no more. */
    @Test
    public void tell_shouldSayWhatHappenedToTheCaseWithNothingAboutThePersonForEveryAlert() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.org");
        when(amira.getEmailAddress()).thenReturn("amira@example.org");
        when(leads.leadsToTell(concern)).thenReturn(Set.of(amira));

        for (LeadAlert alert : LeadAlert.values()) {
            leadMail.tell(concern, alert.subjectKey(), alert.bodyKey());
        }

        ArgumentCaptor<MailQueueItem> queued = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(mail, times(LeadAlert.values().length)).addItem(queued.capture());
        List<String> subjects = queued.getAllValues().stream()
                .map(item -> ((SingleMailQueueItem) item).getEmail().getSubject()).toList();
        assertThat(subjects, contains("New Safeguarding concern HELP-3",
                "Urgent: Safeguarding concern HELP-3: someone in immediate danger",
                "Safeguarding concern HELP-3: reported missing"));
        for (MailQueueItem item : queued.getAllValues()) {
            String body = ((SingleMailQueueItem) item).getEmail().getBody();
            assertThat(body, containsString("https://jira.example.org/browse/HELP-3"));
            assertThat(body, containsString("This e-mail says nothing about the person, on purpose."));
        }
        verify(concern, never()).getSummary();
        verify(concern, never()).getDescription();
        verify(concern, never()).getCustomFieldValue(any());
    }

    @Test
    public void tell_shouldQueueNothingWhenNoLeadCanBeTold() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.org");
        when(leads.leadsToTell(concern)).thenReturn(Set.of());

        assertThat(leadMail.tell(concern, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body"),
                is(empty()));
        verifyNoInteractions(mail);
    }

    @Test
    public void tell_shouldCountNobodyToldRatherThanFailWhenJiraCannotQueueMail() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.org");
        when(amira.getEmailAddress()).thenReturn("amira@example.org");
        when(leads.leadsToTell(concern)).thenReturn(Set.of(amira));
        doThrow(new IllegalStateException("mail queue down")).when(mail).addItem(any());

        assertThat(leadMail.tell(concern, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body"),
                empty());
    }

    @Test
    public void tell_shouldCountNobodyToldRatherThanFailWhenThisJiraLacksTheLeadsLookUp() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.org");
        when(leads.leadsToTell(concern)).thenThrow(new NoSuchMethodError("GroupManager.getUsersInGroup(String)"));

        assertThat(leadMail.tell(concern, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body"),
                empty());
        verifyNoInteractions(mail);
    }
}
