// Source: jira-api com.atlassian.jira.bc.filter.SearchRequestService: SearchRequest createFilter(JiraServiceContext,
// SearchRequest) and updateFilter(JiraServiceContext, SearchRequest), "persists a SearchRequest to the database", and
// Collection<SearchRequest> getOwnedFilters(ApplicationUser), as its javadoc lists them
// (docs.atlassian.com/jira/4.4.5/com/atlassian/jira/bc/filter/SearchRequestService.html; the user an ApplicationUser
// since 7.0) and shared/reference/jira-wave2-apis.md §6 [likely on 10.3 and 11.3]. Subset.
package com.atlassian.jira.bc.filter;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface SearchRequestService {
    SearchRequest createFilter(JiraServiceContext serviceCtx, SearchRequest request);

    SearchRequest updateFilter(JiraServiceContext serviceCtx, SearchRequest request);

    Collection<SearchRequest> getOwnedFilters(ApplicationUser user);
}
