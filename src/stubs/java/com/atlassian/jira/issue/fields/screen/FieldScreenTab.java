// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreenTab (@PublicApi, MYSRC 6.3); the same calls
// are made by the Black Duck plugin for Jira 7-8 (BlackDuckFieldScreenSchemeSetup). Subset.
package com.atlassian.jira.issue.fields.screen;

public interface FieldScreenTab {
    Long getId();

    String getName();

    void addFieldScreenLayoutItem(String fieldId);
}
