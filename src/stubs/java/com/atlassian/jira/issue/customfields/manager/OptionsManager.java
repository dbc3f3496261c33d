// Source: jira-api com.atlassian.jira.issue.customfields.manager.OptionsManager (MYSRC 6.3 interface);
// shared/reference/jira-platform.md §2.2 [confirmed]. Subset.
package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface OptionsManager {
    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
