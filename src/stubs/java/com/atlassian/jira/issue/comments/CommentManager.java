// Source: jira-api com.atlassian.jira.issue.comments.CommentManager, public source read via the search tool:
// create(Issue, ApplicationUser author, String body, boolean dispatchEvent), the form to use since 6.0. Subset.
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface CommentManager {
    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}
