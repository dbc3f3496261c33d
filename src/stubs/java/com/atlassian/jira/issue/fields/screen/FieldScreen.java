// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreen (@PublicApi, MYSRC 6.3); used the same way by
// the Black Duck plugin for Jira 7-8. Subset.
package com.atlassian.jira.issue.fields.screen;

import java.util.List;

public interface FieldScreen {
    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    List<FieldScreenTab> getTabs();

    FieldScreenTab addTab(String tabName);

    void store();

    boolean containsField(String fieldId);
}
