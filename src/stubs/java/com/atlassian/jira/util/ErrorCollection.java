// Source: jira-api com.atlassian.jira.util.ErrorCollection, the errors of a service call such as IssueService's:
// Map<String, String> getErrors() (by field), Collection<String> getErrorMessages() (the rest) and hasAnyErrors(),
// as IssueService's public source and plugins read it (the search tool; shared/reference/jira-wave2-apis.md §4).
// Subset.
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    Map<String, String> getErrors();

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();
}
