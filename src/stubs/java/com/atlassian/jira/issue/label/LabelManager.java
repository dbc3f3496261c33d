// Source: jira-api com.atlassian.jira.issue.label.LabelManager: Set<Label> getLabels(Long issueId) and Set<Label>
// setLabels(ApplicationUser, Long issueId, Set<String>, boolean sendNotification, boolean causeChangeNotification),
// as public plugins call them (the search tool; shared/reference/jira-wave2-apis.md §9) [likely]. Subset.
package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Set;

public interface LabelManager {
    Set<Label> getLabels(Long issueId);

    Set<Label> setLabels(ApplicationUser remoteUser, Long issueId, Set<String> labels, boolean sendNotification,
                         boolean causeChangeNotification);
}
