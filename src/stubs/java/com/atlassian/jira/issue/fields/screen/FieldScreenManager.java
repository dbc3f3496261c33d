// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreenManager (@PublicApi, MYSRC 6.3). Subset.
package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

public interface FieldScreenManager {
    FieldScreen getFieldScreen(Long id);

    Collection<FieldScreen> getFieldScreens();

    void updateFieldScreenTab(FieldScreenTab fieldScreenTab);
}
