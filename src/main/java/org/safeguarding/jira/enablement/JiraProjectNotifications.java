package org.safeguarding.jira.enablement;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.notification.NotificationSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads which events a project's notification scheme e-mails anyone about, for {@link EnablementPlanner} to warn that
 * Jira's e-mails would carry a case's contents, and takes the scheme off the project when the admin chooses that.
 * A Jira that cannot say leaves the rest of enabling working: the plan says it could not tell.
 */
@Named
public class JiraProjectNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(JiraProjectNotifications.class);

    private final NotificationSchemeManager schemes;
    private final EventTypeManager events;

    @Inject
    public JiraProjectNotifications(NotificationSchemeManager schemes, EventTypeManager events) {
        this.schemes = schemes;
        this.events = events;
    }

    ProjectSchemes.Notifications read(Project project) {
        try {
            Scheme scheme = schemes.getSchemeFor(project);
            if (scheme == null) {
                return new ProjectSchemes.Notifications(true, "", List.of());
            }
            List<String> emailed = new ArrayList<>();
            for (EventType event : events.getEventTypes().stream()
                    .sorted(Comparator.comparing(EventType::getId)).toList()) {
                if (!schemes.getNotificationSchemeEntities(project, event.getId()).isEmpty()) {
                    emailed.add(event.getName());
                }
            }
            return new ProjectSchemes.Notifications(true, scheme.getName(), emailed);
        } catch (GenericEntityException | RuntimeException | LinkageError e) {
            LOG.warn("Could not read the notification scheme of project {}", project.getKey(), e);
            return ProjectSchemes.Notifications.UNKNOWN;
        }
    }

    /** With no notification scheme, Jira e-mails nobody about the project's issues. */
    void stop(Project project) {
        schemes.removeSchemesFromProject(project);
    }
}
