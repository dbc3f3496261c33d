// Source: jira-api com.atlassian.jira.issue.fields.config.FieldConfig (MYSRC 6.3). Subset.
package com.atlassian.jira.issue.fields.config;

public interface FieldConfig {
    Long getId();
}
