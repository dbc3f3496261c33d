// Source: jira-api com.atlassian.jira.issue.comments.Comment, as CommentManager returns it: Long getId(), as public
// plugins read it to fetch the MutableComment (the search tool). Subset.
package com.atlassian.jira.issue.comments;

public interface Comment {
    Long getId();
}
