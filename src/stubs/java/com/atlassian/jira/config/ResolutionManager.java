// Source: jira-api com.atlassian.jira.config.ResolutionManager: getResolutions(), getResolution(String),
// createResolution(String name, String description), as Jira's own resource and a public workflow-importing plugin
// (Semmle's LGTM add-on) call them. Subset.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;
import java.util.List;

public interface ResolutionManager {
    List<Resolution> getResolutions();

    Resolution getResolution(String id);

    Resolution createResolution(String name, String description);
}
