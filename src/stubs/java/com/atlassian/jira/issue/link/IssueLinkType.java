// Source: jira-api com.atlassian.jira.issue.link.IssueLinkType: an interface since Jira's own IssueLinkTypeImpl
// implements it (public Jira source, read via the search tool's find_string; a class until 4.4, whose javadoc gives the
// same Long getId() and String getName()). Subset.
package com.atlassian.jira.issue.link;

public interface IssueLinkType {
    Long getId();

    String getName();
}
