// Source: jira-api com.atlassian.jira.issue.context.JiraContextNode (@PublicApi interface, MYSRC 6.3). The plugin
// only passes one along, so the stand-in carries the name alone.
package com.atlassian.jira.issue.context;

public interface JiraContextNode {
}
