// Source: jira-api com.atlassian.jira.issue.security.IssueSecurityLevel (@PublicApi): getId() and getName(), as
// public plugins read a level. Subset.
package com.atlassian.jira.issue.security;

public interface IssueSecurityLevel {
    Long getId();

    String getName();
}
