// Source: jira-api com.atlassian.jira.issue.comments.Comment, as CommentManager.create returns it. Subset: the
// plugin reads nothing from it.
package com.atlassian.jira.issue.comments;

public interface Comment {
}
