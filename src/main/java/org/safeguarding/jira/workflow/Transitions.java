package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.Map;
import java.util.Optional;

/** What a rule can learn of the transition it runs in, from OSWorkflow's transient variables. */
final class Transitions {
    private Transitions() {
    }

    /** The transition being made: one of the steps' or common actions, or Create, which is an initial action. */
    @SuppressWarnings("rawtypes")
    static ActionDescriptor current(Map transientVars) {
        WorkflowDescriptor workflow = (WorkflowDescriptor) transientVars.get("descriptor");
        int id = (Integer) transientVars.get("actionId");
        ActionDescriptor action = workflow.getAction(id);
        return action != null ? action : workflow.getInitialAction(id);
    }

    /**
     * The issue a condition is asked about: Jira passes it as "issue" while making a transition, and only as
     * "originalissueobject" while deciding which transitions to offer.
     */
    @SuppressWarnings("rawtypes")
    static Optional<Issue> issue(Map transientVars) {
        Object issue = transientVars.containsKey("issue") ? transientVars.get("issue")
                : transientVars.get("originalissueobject");
        return issue instanceof Issue found ? Optional.of(found) : Optional.empty();
    }
}
