package org.safeguarding.jira.enablement;

import java.util.Optional;
import org.safeguarding.jira.enablement.EnablementPlan.Action;

/**
 * Switching the app on or off for a project. Jira's adapter reads and changes the project's schemes; the preview host
 * keeps sample projects in memory. Callers check that the user is a Jira administrator first.
 */
public interface ProjectEnablement {
    /** What the action would change now, or why it cannot be done; empty when there is no such project. */
    Optional<EnablementPlan> plan(String projectKey, Action action);

    /** Plans again and, when nothing stands in the way, makes every change; answers the plan it followed. */
    Optional<EnablementPlan> apply(String projectKey, Action action);
}
