package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.notification.NotificationSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.ofbiz.core.entity.GenericEntityException;

public class JiraProjectNotificationsTest {
    private static final EventType UPDATED = new EventType(2L, "Issue Updated", "", null);
    private static final EventType CREATED = new EventType(1L, "Issue Created", "", null);
    private static final EventType OURS = new EventType(10000L, "Safeguarding case changed", "", 13L);
    private static final SchemeEntity WATCHERS = new SchemeEntity("All_Watchers", null, 2L);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private NotificationSchemeManager schemes;
    @Mock
    private EventTypeManager events;
    @Mock
    private Project help;

    private JiraProjectNotifications notifications;

    @Before
    public void setUp() {
        when(events.getEventTypes()).thenReturn(List.of(UPDATED, OURS, CREATED));
        notifications = new JiraProjectNotifications(schemes, events);
    }

    @Test
    public void read_shouldNameEveryEventTheSchemeEmailsAnyoneAboutInJirasOrder() throws Exception {
        when(schemes.getSchemeFor(help)).thenReturn(new Scheme(10000L, "NotificationScheme",
                "Default Notification Scheme", "", List.of()));
        when(schemes.getNotificationSchemeEntities(help, 1L)).thenReturn(List.of(WATCHERS));
        when(schemes.getNotificationSchemeEntities(help, 2L)).thenReturn(List.of(WATCHERS));
        when(schemes.getNotificationSchemeEntities(help, 10000L)).thenReturn(List.of());

        assertThat(notifications.read(help), is(new ProjectSchemes.Notifications(true, "Default Notification Scheme",
                List.of("Issue Created", "Issue Updated"))));
    }

    @Test
    public void read_shouldFindThatAProjectWithoutASchemeEmailsNobody() {
        assertThat(notifications.read(help), is(new ProjectSchemes.Notifications(true, "", List.of())));
    }

    @Test
    public void read_shouldSayItCouldNotTellWhenJiraFails() throws Exception {
        when(schemes.getSchemeFor(help)).thenReturn(new Scheme(10000L, "NotificationScheme", "Default", "",
                List.of()));
        when(schemes.getNotificationSchemeEntities(any(), anyLong())).thenThrow(new GenericEntityException("down"));

        assertThat(notifications.read(help), is(ProjectSchemes.Notifications.UNKNOWN));
    }

    @Test
    public void read_shouldSayItCouldNotTellOnAJiraWithoutTheNotificationApi() {
        when(schemes.getSchemeFor(help)).thenThrow(new NoSuchMethodError("getSchemeFor"));

        assertThat(notifications.read(help), is(ProjectSchemes.Notifications.UNKNOWN));
    }

    @Test
    public void stop_shouldTakeTheProjectsNotificationSchemeOff() {
        notifications.stop(help);

        verify(schemes).removeSchemesFromProject(help);
    }
}
