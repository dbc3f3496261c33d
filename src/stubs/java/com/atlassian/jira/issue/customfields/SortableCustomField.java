// Source: jira-api com.atlassian.jira.issue.customfields.SortableCustomField<T>: int compare(T, T, FieldConfig), which a
// custom field type implements so Jira sorts its values in that order (MYSRC 6.3 and public custom field types for
// Jira 8 and later, via the search tool) [likely].
package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface SortableCustomField<T> {
    int compare(T customFieldObjectValue1, T customFieldObjectValue2, FieldConfig fieldConfig);
}
