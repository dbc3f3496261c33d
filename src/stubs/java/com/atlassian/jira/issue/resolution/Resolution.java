// Source: jira-api com.atlassian.jira.issue.resolution.Resolution, returned by ResolutionManager.createResolution and
// Issue.getResolution() (public plugins for Jira 7 to 9: getId(), getName()). Subset.
package com.atlassian.jira.issue.resolution;

public interface Resolution {
    String getId();

    String getName();
}
