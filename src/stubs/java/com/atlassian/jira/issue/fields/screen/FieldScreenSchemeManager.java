// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager (@PublicApi, MYSRC 6.3). Subset.
package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

public interface FieldScreenSchemeManager {
    Collection<FieldScreenScheme> getFieldScreenSchemes();

    FieldScreenScheme getFieldScreenScheme(Long id);

    void updateFieldScreenScheme(FieldScreenScheme fieldScreenScheme);
}
