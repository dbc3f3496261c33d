// Source: jira-api com.atlassian.jira.issue.comments.Comment, as CommentManager.create returns it. Subset.
package com.atlassian.jira.issue.comments;

public interface Comment {
    Long getId();
}
