// Source: jira-api com.atlassian.jira.issue.fields.config.FieldConfigScheme (MYSRC 6.3): getOneAndOnlyConfig(),
// confirmed by usage; shared/reference/jira-platform.md §2.2. Subset.
package com.atlassian.jira.issue.fields.config;

public interface FieldConfigScheme {
    FieldConfig getOneAndOnlyConfig();
}
