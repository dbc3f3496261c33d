// Source: jira-api com.atlassian.jira.issue.comments.CommentManager, public source read via the search tool:
// create(Issue, ApplicationUser author, String body, boolean dispatchEvent), the form to use since 6.0;
// List<Comment> getComments(Issue); MutableComment getMutableComment(Long); update(Comment, boolean dispatchEvent),
// as public plugins edit a comment's body. Subset.
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface CommentManager {
    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);

    List<Comment> getComments(Issue issue);

    MutableComment getMutableComment(Long commentId);

    void update(Comment comment, boolean dispatchEvent);
}
