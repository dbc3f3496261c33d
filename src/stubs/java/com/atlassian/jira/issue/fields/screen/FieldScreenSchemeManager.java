// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager (@PublicApi, MYSRC 6.3);
// updateFieldScreenSchemeItem confirmed in Jira's interface and by public plugins (the search tool). Subset.
package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

public interface FieldScreenSchemeManager {
    Collection<FieldScreenScheme> getFieldScreenSchemes();

    FieldScreenScheme getFieldScreenScheme(Long id);

    void updateFieldScreenScheme(FieldScreenScheme fieldScreenScheme);

    void updateFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem);
}
