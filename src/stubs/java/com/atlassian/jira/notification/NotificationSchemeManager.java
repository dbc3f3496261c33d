// Source: jira-api com.atlassian.jira.notification.NotificationSchemeManager, which extends SchemeManager:
// List<SchemeEntity> getNotificationSchemeEntities(Project project, long entityTypeId) throws GenericEntityException,
// "the notification scheme entities for this project and entity type" (an event type's id), as its public source
// declares it (read via the search tool; shared/reference/jira-wave2-apis.md §3 reads the scheme through
// SchemeManager.getSchemeFor). Subset. [likely on 10.3 and 11.3: public since Jira 5]
package com.atlassian.jira.notification;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeEntity;
import com.atlassian.jira.scheme.SchemeManager;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

public interface NotificationSchemeManager extends SchemeManager {
    List<SchemeEntity> getNotificationSchemeEntities(Project project, long entityTypeId)
            throws GenericEntityException;
}
