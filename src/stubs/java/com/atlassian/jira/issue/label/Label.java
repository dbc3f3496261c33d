// Source: jira-api com.atlassian.jira.issue.label.Label, the element type of LabelManager's sets (public plugin usage
// via the search tool). Only its type is used here.
package com.atlassian.jira.issue.label;

public class Label {
}
