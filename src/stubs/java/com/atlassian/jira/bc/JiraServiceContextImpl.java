// Source: jira-api com.atlassian.jira.bc.JiraServiceContextImpl(ApplicationUser), as public plugins make the context
// of a SearchRequestService call (shared/reference/jira-wave2-apis.md §6: msteams-jira-server-addon on Jira 9)
// [likely]. Subset; the stand-in collects no errors.
package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Collection;
import java.util.List;
import java.util.Map;

public class JiraServiceContextImpl implements JiraServiceContext {
    public JiraServiceContextImpl(ApplicationUser user) {
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return new ErrorCollection() {
            @Override
            public Map<String, String> getErrors() {
                return Map.of();
            }

            @Override
            public Collection<String> getErrorMessages() {
                return List.of();
            }

            @Override
            public boolean hasAnyErrors() {
                return false;
            }
        };
    }
}
