// Source: jira-api com.atlassian.jira.issue.comments.Comment, as CommentManager returns it: Long getId(), as public
// plugins read it to fetch the MutableComment; getAuthorFullName(), getCreated() (a Date) and getBody(), as public
// scripts copy Jira comments (the search tool). Subset.
package com.atlassian.jira.issue.comments;

import java.util.Date;

public interface Comment {
    Long getId();

    String getAuthorFullName();

    Date getCreated();

    String getBody();
}
