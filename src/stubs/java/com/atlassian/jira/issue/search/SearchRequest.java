// Source: jira-api com.atlassian.jira.issue.search.SearchRequest, a saved filter: new SearchRequest(Query,
// ApplicationUser owner, String name, String description), getName(), getQuery(), setQuery(Query),
// setPermissions(SharedEntity.SharePermissions), getPermissions(), as shared/reference/jira-wave2-apis.md §6 gives
// them from a public plugin on Jira 9 [likely]; getId() from SharedEntity (null until Jira saves it). Subset; the
// stand-in keeps what it is given.
package com.atlassian.jira.issue.search;

import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

public class SearchRequest implements SharedEntity {
    private Query query;
    private final String name;
    private SharedEntity.SharePermissions permissions;

    public SearchRequest(Query query, ApplicationUser owner, String name, String description) {
        this.query = query;
        this.name = name;
    }

    @Override
    public Long getId() {
        return null;
    }

    public String getName() {
        return name;
    }

    public Query getQuery() {
        return query;
    }

    public void setQuery(Query query) {
        this.query = query;
    }

    public SharedEntity.SharePermissions getPermissions() {
        return permissions;
    }

    public void setPermissions(SharedEntity.SharePermissions permissions) {
        this.permissions = permissions;
    }
}
