// Source: jira-api com.atlassian.jira.issue.link.IssueLinkTypeManager (@PublicApi): void createIssueLinkType(String
// name, String outward, String inward, String style), IssueLinkType getIssueLinkType(Long id) (a user-defined type,
// null when none) and Collection<IssueLinkType> getIssueLinkTypesByName(String name), as the server javadoc
// (docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html, unchanged since 4.0) gives
// them. Subset.
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {
    void createIssueLinkType(String name, String outward, String inward, String style);

    IssueLinkType getIssueLinkType(Long id);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
