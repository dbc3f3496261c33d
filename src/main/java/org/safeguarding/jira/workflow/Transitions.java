package org.safeguarding.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.Map;

/** What a post-function can learn of the transition it runs in, from OSWorkflow's transient variables. */
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
}
