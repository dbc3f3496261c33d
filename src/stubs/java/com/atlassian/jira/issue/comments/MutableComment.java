// Source: jira-api com.atlassian.jira.issue.comments.MutableComment extends Comment: setBody(String), as public
// plugins call it before CommentManager.update (the search tool). Subset.
package com.atlassian.jira.issue.comments;

public interface MutableComment extends Comment {
    void setBody(String body);
}
