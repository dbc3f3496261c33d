// Source: com.atlassian.query.Query (jira-api's JQL query model), as SearchService.ParseResult.getQuery() returns it.
// Subset: the plugin only passes it on.
package com.atlassian.query;

public interface Query {
}
