// Source: jira-api com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme:
// FieldScreenScheme getEffectiveFieldScreenScheme(IssueType), @Nonnull since 6.2: the screen scheme an issue type uses
// in the scheme (its own entry, or the default); getId(), getName(), containsEntity(String issueTypeId),
// addEntity(IssueTypeScreenSchemeEntity) and removeEntity(String issueTypeId), as Jira's own issue type deletion and
// public plugins call them; setName(String), setDescription(String) and store(), as Jira's own Add issue type screen
// scheme action saves a new one; jira-api source and public plugins read via the search tool. Subset.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

public interface IssueTypeScreenScheme {
    Long getId();

    String getName();

    FieldScreenScheme getEffectiveFieldScreenScheme(IssueType issueType);

    boolean containsEntity(String issueTypeId);

    void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity);

    void removeEntity(String issueTypeId);

    void setName(String name);

    void setDescription(String description);

    void store();
}
