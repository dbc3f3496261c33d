package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import java.util.Optional;

/**
 * The "Safeguarding confidential" level for a new case, when its project uses that issue security scheme. Jira's
 * adapter asks Jira; the workflow tests and the preview answer from memory.
 */
public interface ConfidentialLevel {
    Optional<Long> levelFor(Issue issue);
}
