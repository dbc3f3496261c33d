package org.safeguarding.jira.enablement;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.notification.NotificationSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads which events a project's notification scheme e-mails anyone about, and whom, for {@link EnablementPlanner} to
 * warn that Jira's e-mails would carry a case's contents, and takes the scheme off the project when the admin chooses that.
 * A Jira that cannot say leaves the rest of enabling working: the plan says it could not tell.
 */
@Named
public class JiraProjectNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(JiraProjectNotifications.class);

    private final NotificationSchemeManager schemes;
    private final EventTypeManager events;
    private final Holders holders;

    @Inject
    public JiraProjectNotifications(NotificationSchemeManager schemes, EventTypeManager events, Holders holders) {
        this.schemes = schemes;
        this.events = events;
        this.holders = holders;
    }

    ProjectSchemes.Notifications read(Project project) {
        try {
            Scheme scheme = schemes.getSchemeFor(project);
            if (scheme == null) {
                return new ProjectSchemes.Notifications(true, "", List.of());
            }
            List<String> emailed = new ArrayList<>();
            Set<String> recipients = new LinkedHashSet<>();
            for (EventType event : events.getEventTypes().stream()
                    .sorted(Comparator.comparing(EventType::getId)).toList()) {
                List<SchemeEntity> notifications = schemes.getNotificationSchemeEntities(project, event.getId());
                if (!notifications.isEmpty()) {
                    emailed.add(event.getName());
                }
                notifications.forEach(each -> recipients.add(holders.notified(each.getType(), each.getParameter())));
            }
            return new ProjectSchemes.Notifications(true, scheme.getName(), emailed, List.copyOf(recipients));
        } catch (GenericEntityException | RuntimeException | LinkageError e) {
            LOG.warn("Could not read the notification scheme of project {}", project.getKey(), e);
            return ProjectSchemes.Notifications.UNKNOWN;
        }
    }

    /**
     * With no notification scheme, Jira e-mails nobody about the project's issues.
     *
     * @return empty once stopped; what to tell the admin when Jira could not take the scheme off
     */
    Optional<EnablementPlan.Reason> stop(Project project) {
        try {
            schemes.removeSchemesFromProject(project);
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not take the notification scheme off project {}", project.getKey(), e);
            return Optional.of(new EnablementPlan.Reason("safeguarding.enablement.reason.emails-not-stopped",
                    List.of()));
        }
    }
}
