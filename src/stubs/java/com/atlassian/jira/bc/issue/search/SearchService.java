// Source: jira-api com.atlassian.jira.bc.issue.search.SearchService: ParseResult parseQuery(ApplicationUser, String),
// ParseResult being a final nested class built from (Query, MessageSet) with getQuery() and isValid(), as public
// plugins and their SearchService mocks use it; long searchCountOverrideSecurity(ApplicationUser, Query) throws
// SearchException, as SearchService implementations for Jira 8 and later declare it (the search tool). Subset.
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;

public interface SearchService {
    ParseResult parseQuery(ApplicationUser searcher, String query);

    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

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
