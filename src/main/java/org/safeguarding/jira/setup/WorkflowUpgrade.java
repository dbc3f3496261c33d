package org.safeguarding.jira.setup;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings a "Safeguarding referral" workflow that an earlier version installed up to this version's rules, changing
 * only what the app put there and an administrator is unlikely to have chosen: Report missing on the raise-and-update
 * screen instead of the full case screen (where anyone could tick a referral route), the leads told at once on
 * Create, Immediate danger and Report missing, a new concern given to the lead on duty, and the app's own event fired
 * instead of Jira's Issue Created, Generic Event, Issue Closed and Issue Reopened. Transitions are found by the
 * {@code safeguarding.transition} meta attribute every version has given them; anything else an administrator added
 * or changed stays as it is. Running it again on an upgraded workflow changes nothing.
 */
final class WorkflowUpgrade {
    static final String TRANSITION = "safeguarding.transition";
    private static final String SCREEN = "jira.fieldscreen.id";
    private static final String CLASS_NAME = "class.name";
    private static final String EVENT_ID = "eventTypeId";
    private static final String OURS = "org.safeguarding.jira.workflow.";
    private static final String TELL_LEADS = OURS + "TellLeadsFunction";
    private static final String LEAD_ON_DUTY = OURS + "LeadOnDutyFunction";
    private static final String STORE = "com.atlassian.jira.workflow.function.issue.IssueCreateFunction";
    private static final String FIRE_EVENT = "com.atlassian.jira.workflow.function.event.FireIssueEventFunction";
    /** The transitions that tell the leads at once, by their {@code safeguarding.transition}. */
    private static final Set<String> TELLING = Set.of("create", "immediate-danger", "report-missing");
    /** Jira's own events an earlier version fired: Issue Created, Issue Closed, Issue Reopened, Generic Event. */
    private static final Set<String> JIRA_EVENTS = Set.of("1", "5", "7", "13");

    /** The ids set-up recorded: the full case screen, the raise-and-update screen, and the app's event if made. */
    record Ids(long caseScreen, long workerScreen, Optional<Long> event) {
    }

    private WorkflowUpgrade() {
    }

    /**
     * Changes the workflow in place.
     *
     * @param newFunction a new post-function of the app's, by class name, as Jira's own workflow parser makes one:
     *                    Jira's OSWorkflow makes descriptors through its own factory, which plugins cannot rely on
     * @return what changed, in words, one entry per transition changed; none when it was up to date
     */
    static List<String> upgrade(WorkflowDescriptor workflow, Ids ids,
                                Function<String, FunctionDescriptor> newFunction) {
        List<String> changes = new ArrayList<>();
        for (ActionDescriptor action : actions(workflow).values()) {
            Object transition = action.getMetaAttributes().get(TRANSITION);
            List<String> changed = new ArrayList<>();
            if ("report-missing".equals(transition) && String.valueOf(ids.caseScreen())
                    .equals(action.getMetaAttributes().get(SCREEN))) {
                action.getMetaAttributes().put(SCREEN, String.valueOf(ids.workerScreen()));
                changed.add("the raise-and-update screen");
            }
            List<FunctionDescriptor> functions = postFunctions(action);
            if (TELLING.contains(transition) && named(functions, TELL_LEADS) < 0) {
                functions.add(adopted(newFunction.apply(TELL_LEADS), action));
                changed.add("tells the leads at once");
            }
            if ("create".equals(transition) && named(functions, LEAD_ON_DUTY) < 0 && named(functions, STORE) >= 0) {
                functions.add(named(functions, STORE), adopted(newFunction.apply(LEAD_ON_DUTY), action));
                changed.add("gives a new case to the lead on duty");
            }
            ids.event().ifPresent(event -> {
                if (fireAppEvent(functions, String.valueOf(event))) {
                    changed.add("fires the app's own event");
                }
            });
            if (!changed.isEmpty()) {
                changes.add(action.getName() + ": " + String.join(", ", changed));
            }
        }
        return changes;
    }

    /** Every action once, by id: Create, the common and global actions, and those of each step. */
    private static Map<Integer, ActionDescriptor> actions(WorkflowDescriptor workflow) {
        Map<Integer, ActionDescriptor> actions = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>(workflow.getInitialActions());
        all.addAll(workflow.getCommonActions().values());
        all.addAll(workflow.getGlobalActions());
        for (Object step : workflow.getSteps()) {
            all.addAll(((StepDescriptor) step).getActions());
        }
        all.forEach(action -> actions.putIfAbsent(((ActionDescriptor) action).getId(), (ActionDescriptor) action));
        return actions;
    }

    @SuppressWarnings("unchecked")
    private static List<FunctionDescriptor> postFunctions(ActionDescriptor action) {
        return action.getUnconditionalResult().getPostFunctions();
    }

    private static int named(List<FunctionDescriptor> functions, String className) {
        for (int i = 0; i < functions.size(); i++) {
            if (className.equals(functions.get(i).getArgs().get(CLASS_NAME))) {
                return i;
            }
        }
        return -1;
    }

    /** A post-function made elsewhere, now the action's. */
    private static FunctionDescriptor adopted(FunctionDescriptor function, ActionDescriptor action) {
        function.setParent(action.getUnconditionalResult());
        return function;
    }

    /** A workflow with one post-function of the app's, for Jira's parser to make the function from. */
    static String oneFunction(String className) {
        if (!className.startsWith(OURS)) {
            throw new IllegalArgumentException("not one of the app's post-functions: " + className);
        }
        return "<workflow><initial-actions><action id=\"1\" name=\"Create\"><results>"
                + "<unconditional-result old-status=\"null\" status=\"Open\" step=\"1\"><post-functions>"
                + "<function type=\"class\"><arg name=\"class.name\">" + className + "</arg></function>"
                + "</post-functions></unconditional-result></results></action></initial-actions>"
                + "<steps><step id=\"1\" name=\"Open\"/></steps></workflow>";
    }

    /** The one post-function of a workflow {@link #oneFunction} wrote, once parsed. */
    static FunctionDescriptor theFunction(WorkflowDescriptor parsed) {
        return (FunctionDescriptor) ((ActionDescriptor) parsed.getInitialActions().get(0)).getUnconditionalResult()
                .getPostFunctions().get(0);
    }

    /** Whether any of Jira's own events the earlier version fired now fires the app's own instead. */
    @SuppressWarnings("unchecked")
    private static boolean fireAppEvent(List<FunctionDescriptor> functions, String event) {
        boolean changed = false;
        for (FunctionDescriptor function : functions) {
            if (FIRE_EVENT.equals(function.getArgs().get(CLASS_NAME))
                    && JIRA_EVENTS.contains(String.valueOf(function.getArgs().get(EVENT_ID)))) {
                function.getArgs().put(EVENT_ID, event);
                changed = true;
            }
        }
        return changed;
    }
}
