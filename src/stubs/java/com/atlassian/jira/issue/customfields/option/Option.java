// Source: jira-api com.atlassian.jira.issue.customfields.option.Option (@PublicApi, MYSRC 6.3): getOptionId() and
// getValue() are redeclared on Option itself. Subset.
package com.atlassian.jira.issue.customfields.option;

public interface Option {
    Long getOptionId();

    String getValue();

    Boolean getDisabled();
}
