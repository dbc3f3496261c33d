// Source: jira-api com.atlassian.jira.bc.JiraServiceContext, what SearchRequestService's calls take: the user and the
// ErrorCollection the service fills (getErrorCollection()), as public plugins call it with a new
// JiraServiceContextImpl(user) (shared/reference/jira-wave2-apis.md §6) [likely]. Subset.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface JiraServiceContext {
    ErrorCollection getErrorCollection();
}
