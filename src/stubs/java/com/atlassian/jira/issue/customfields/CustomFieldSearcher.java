// Source: jira-api com.atlassian.jira.issue.customfields.CustomFieldSearcher (MYSRC 6.3). The plugin only passes
// one from CustomFieldManager.getCustomFieldSearcher to createCustomField, so the stand-in carries the name alone.
package com.atlassian.jira.issue.customfields;

public interface CustomFieldSearcher {
}
