// Source: jira-api com.atlassian.jira.util.MessageSet, the errors of a JQL parse (SearchService.ParseResult).
// Subset: hasAnyErrors(), which ParseResult.isValid() answers from.
package com.atlassian.jira.util;

public interface MessageSet {
    boolean hasAnyErrors();
}
