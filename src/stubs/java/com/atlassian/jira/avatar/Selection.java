// Source: jira-api com.atlassian.jira.avatar.Selection, the optional cropping of a new avatar (MYSRC 6.3). The
// plugin only passes null, so the stand-in carries the name alone.
package com.atlassian.jira.avatar;

public class Selection {
}
