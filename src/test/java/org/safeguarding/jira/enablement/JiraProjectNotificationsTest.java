package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.notification.NotificationSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.ofbiz.core.entity.GenericEntityException;
import org.safeguarding.jira.platform.PropertiesTexts;

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
    @Mock
    private ProjectRoleManager roles;

    private JiraProjectNotifications notifications;

    @Before
    public void setUp() {
        when(events.getEventTypes()).thenReturn(List.of(UPDATED, OURS, CREATED));
        notifications = new JiraProjectNotifications(schemes, events, new Holders(new PropertiesTexts(), roles));
    }

    @Test
    public void read_shouldNameEveryEventTheSchemeEmailsAnyoneAboutInJirasOrder() throws Exception {
        when(schemes.getSchemeFor(help)).thenReturn(new Scheme(10000L, "NotificationScheme",
                "Default Notification Scheme", "", List.of()));
        when(schemes.getNotificationSchemeEntities(help, 1L)).thenReturn(List.of(WATCHERS));
        when(schemes.getNotificationSchemeEntities(help, 2L)).thenReturn(List.of(WATCHERS));
        when(schemes.getNotificationSchemeEntities(help, 10000L)).thenReturn(List.of());

        assertThat(notifications.read(help), is(new ProjectSchemes.Notifications(true, "Default Notification Scheme",
                List.of("Issue Created", "Issue Updated"), List.of("the issue's watchers"))));
    }

    @Test
    public void read_shouldSayInWordsWhomTheSchemeEmailsOnceEach() throws Exception {
        ProjectRole developers = mock(ProjectRole.class);
        when(developers.getName()).thenReturn("Developers");
        when(roles.getProjectRole(10001L)).thenReturn(developers);
        when(schemes.getSchemeFor(help)).thenReturn(new Scheme(10000L, "NotificationScheme", "Busy", "", List.of()));
        when(schemes.getNotificationSchemeEntities(help, 1L)).thenReturn(List.of(
                new SchemeEntity("Current_Assignee", null, 1L), new SchemeEntity("Group_Dropdown", "jira-users", 1L),
                new SchemeEntity("Project_Role", "10001", 1L),
                new SchemeEntity("Single_Email_Address", "all@charity.example", 1L)));
        when(schemes.getNotificationSchemeEntities(help, 2L)).thenReturn(List.of(
                new SchemeEntity("Group_Dropdown", "jira-users", 2L), new SchemeEntity("Some_New_Type", "x", 2L)));

        assertThat(notifications.read(help).recipients(), is(List.of("the issue's assignee", "group jira-users",
                "project role Developers", "the e-mail address all@charity.example", "Some_New_Type (x)")));
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
        assertThat(notifications.stop(help), is(Optional.empty()));

        verify(schemes).removeSchemesFromProject(help);
    }

    @Test
    public void stop_shouldTellTheAdminRatherThanFailWhenJiraCannotTakeTheSchemeOff() {
        doThrow(new NoSuchMethodError("SchemeManager.removeSchemesFromProject")).when(schemes)
                .removeSchemesFromProject(help);

        assertThat(notifications.stop(help).map(EnablementPlan.Reason::messageKey),
                is(Optional.of("safeguarding.enablement.reason.emails-not-stopped")));
    }
}
