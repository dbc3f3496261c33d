// Source: jira-api com.atlassian.jira.issue.fields.config.FieldConfigScheme (MYSRC 6.3): getOneAndOnlyConfig(),
// confirmed by usage; shared/reference/jira-platform.md §2.2. getId() and getName(), as public plugins read an issue
// type scheme's (the search tool). Subset.
package com.atlassian.jira.issue.fields.config;

public interface FieldConfigScheme {
    Long getId();

    String getName();

    FieldConfig getOneAndOnlyConfig();
}
