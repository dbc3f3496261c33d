// Source: jira-api com.atlassian.jira.issue.fields.CustomField (MYSRC 6.3); getConfigurationSchemes and
// getCustomFieldType confirmed by usage; shared/reference/jira-platform.md §2.2. Subset.
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

public interface CustomField {
    String getId();

    String getName();

    CustomFieldType getCustomFieldType();

    List<FieldConfigScheme> getConfigurationSchemes();
}
