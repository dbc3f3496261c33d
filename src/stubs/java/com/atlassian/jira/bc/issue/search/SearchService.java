// Source: jira-api com.atlassian.jira.bc.issue.search.SearchService: ParseResult parseQuery(ApplicationUser, String),
// ParseResult being a final nested class built from (Query, MessageSet) with getQuery() and isValid(), as public
// plugins and their SearchService mocks use it; long searchCountOverrideSecurity(ApplicationUser, Query) throws
// SearchException, as SearchService implementations for Jira 8 and later declare it; SearchResults<Issue>
// searchOverrideSecurity(ApplicationUser, Query, PagerFilter) throws SearchException, as Jira 8 and later plugins call
// it (the search tool; shared/reference/jira-wave2-apis.md §5); long searchCount(ApplicationUser, Query) and
// SearchResults<Issue> search(ApplicationUser, Query, PagerFilter), the user's own view, which §5 gives as the entry
// points to use on both 10.3 and 11.3 [likely on 11.3]. Subset.
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {
    ParseResult parseQuery(ApplicationUser searcher, String query);

    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
