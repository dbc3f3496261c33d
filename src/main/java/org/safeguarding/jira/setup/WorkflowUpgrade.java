package org.safeguarding.jira.setup;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.RestrictionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings a "Safeguarding referral" workflow that an earlier version installed up to this version's rules, changing
 * only what the app put there and an administrator is unlikely to have chosen: Report missing on its own screen with
 * the description for police first (earlier versions gave it the full case screen, where anyone could tick a referral
 * route, then the raise-and-update screen), Refer and Record another referral on their own screen instead of the full
 * case screen, the leads told at once on
 * Create, Immediate danger and Report missing, a new concern given to the lead on duty, the app's own event fired
 * instead of Jira's Issue Created, Generic Event, Issue Closed and Issue Reopened, Close offered after a referral that
 * was not to the NRM, the reasonable-grounds steps offered only once an NRM referral is recorded, and Found and Back
 * to lead review asking "Is anyone still in danger?" on the app's danger check screen where they had no screen,
 * Reopen never offered on an anonymised case, and Close noting the case for the retention report first, so that the
 * review date it fills from the settings is stored. Transitions are found by the
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

    /** The steps that end in Close as well from this version on, by their {@code safeguarding.step}. */
    private static final Set<String> CLOSING_STEPS = Set.of("referred", "awaiting-reasonable-grounds",
            "recovery-and-support", "awaiting-conclusive-grounds");
    private static final String STEP = "safeguarding.step";
    private static final String NRM_CONDITION = OURS + "NrmReferralCondition";
    private static final String NOT_ANONYMISED = OURS + "NotAnonymisedCondition";
    /** The transitions that leave danger or Missing for lead review, by their {@code safeguarding.transition}. */
    private static final Set<String> DANGER_CHECKED = Set.of("danger-dealt-with", "found");
    /** The transitions that record a referral, by their {@code safeguarding.transition}. */
    private static final Set<String> REFERRING = Set.of("refer", "record-another-referral");
    private static final String DANGER_VALIDATOR = OURS + "DangerCheckValidator";
    private static final String DANGER_FUNCTION = OURS + "DangerCheckFunction";
    private static final String ACCESS_LOG = OURS + "AccessLogFunction";
    private static final String RETENTION = OURS + "RetentionFunction";

    /**
     * The ids set-up recorded: the full case screen, the raise-and-update screen, and where made, the app's event and
     * the danger check's, Report missing's and Refer's screens.
     */
    record Ids(long caseScreen, long workerScreen, Optional<Long> event, Optional<Long> dangerScreen,
               Optional<Long> missingScreen, Optional<Long> referScreen) {
    }

    /**
     * New parts of the app's for an installed workflow, made as Jira's own parser makes them: Jira's OSWorkflow makes
     * descriptors through its own factory, which plugins cannot rely on.
     */
    interface Parts {
        FunctionDescriptor postFunction(String className);

        /** A restriction holding one condition of the app's. */
        RestrictionDescriptor restriction(String conditionClassName);

        ValidatorDescriptor validator(String className);
    }

    private WorkflowUpgrade() {
    }

    /**
     * Changes the workflow in place.
     *
     * @return what changed, in words, one entry per transition or step changed; none when it was up to date
     */
    static List<String> upgrade(WorkflowDescriptor workflow, Ids ids, Parts parts) {
        Function<String, FunctionDescriptor> newFunction = parts::postFunction;
        List<String> changes = new ArrayList<>();
        for (ActionDescriptor action : actions(workflow).values()) {
            Object transition = action.getMetaAttributes().get(TRANSITION);
            List<String> changed = new ArrayList<>();
            if ("report-missing".equals(transition) && moveScreen(action,
                    ids.missingScreen().orElse(ids.workerScreen()), ids.caseScreen(), ids.workerScreen())) {
                changed.add(ids.missingScreen().isPresent() ? "its own screen, the description for police first"
                        : "the raise-and-update screen");
            }
            if (REFERRING.contains(transition) && ids.referScreen().isPresent()
                    && moveScreen(action, ids.referScreen().get(), ids.caseScreen())) {
                changed.add("its own screen, with only what a referral needs");
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
            if ("await-reasonable-grounds".equals(transition) && !restrictedTo(action, NRM_CONDITION)) {
                restrict(action, parts.restriction(NRM_CONDITION));
                changed.add("only once an NRM referral is recorded");
            }
            if ("reopen".equals(transition) && !restrictedTo(action, NOT_ANONYMISED)) {
                restrict(action, parts.restriction(NOT_ANONYMISED));
                changed.add("never on an anonymised case");
            }
            if ("close".equals(transition) && named(functions, RETENTION) > 0) {
                // First, so that the retention review date it fills from the settings is stored with the transition.
                functions.add(0, functions.remove(named(functions, RETENTION)));
                changed.add("fills the retention review date from the settings");
            }
            if (DANGER_CHECKED.contains(transition) && ids.dangerScreen().isPresent()
                    && askDanger(action, ids.dangerScreen().get(), parts)) {
                changed.add("asks whether anyone is still in danger");
            }
            if (!changed.isEmpty()) {
                changes.add(action.getName() + ": " + String.join(", ", changed));
            }
        }
        closeFromEveryLaterStep(workflow, changes);
        return changes;
    }

    /**
     * Moves the transition to the screen when it is on one of the screens an earlier version gave it; one an
     * administrator chose stays.
     *
     * @return whether it moved
     */
    private static boolean moveScreen(ActionDescriptor action, long screen, long... earlier) {
        Object current = action.getMetaAttributes().get(SCREEN);
        for (long each : earlier) {
            if (each != screen && String.valueOf(each).equals(current)) {
                action.getMetaAttributes().put(SCREEN, String.valueOf(screen));
                return true;
            }
        }
        return false;
    }

    /**
     * Found or Back to lead review, which had no screen, shows the danger check's, requires its answer and writes it
     * into the case history. A transition an administrator gave a screen of their own is left alone: the question
     * would not be on it, and the rule would refuse every attempt.
     *
     * @return whether it changed
     */
    @SuppressWarnings("unchecked")
    private static boolean askDanger(ActionDescriptor action, long dangerScreen, Parts parts) {
        if (action.getView() != null && !action.getView().isBlank()) {
            return false;
        }
        action.setView("fieldscreen");
        action.getMetaAttributes().put(SCREEN, String.valueOf(dangerScreen));
        ValidatorDescriptor validator = parts.validator(DANGER_VALIDATOR);
        validator.setParent(action);
        action.getValidators().add(validator);
        List<FunctionDescriptor> functions = postFunctions(action);
        if (named(functions, DANGER_FUNCTION) < 0) {
            int logged = named(functions, ACCESS_LOG);
            functions.add(logged < 0 ? functions.size() : logged,
                    adopted(parts.postFunction(DANGER_FUNCTION), action));
        }
        return true;
    }

    /** Close from Referred and each later open step, so that every route has a way to its end. */
    private static void closeFromEveryLaterStep(WorkflowDescriptor workflow, List<String> changes) {
        Optional<ActionDescriptor> close = Optional.empty();
        for (Object action : workflow.getCommonActions().values()) {
            close = isClose(action) ? Optional.of((ActionDescriptor) action) : close;
        }
        if (close.isEmpty()) {
            return;
        }
        for (Object each : workflow.getSteps()) {
            StepDescriptor step = (StepDescriptor) each;
            boolean closes = false;
            for (Object action : step.getActions()) {
                closes |= isClose(action);
            }
            if (CLOSING_STEPS.contains(step.getMetaAttributes().get(STEP)) && !closes) {
                addAction(step, close.get());
                commonActionIds(step).add(close.get().getId());
                changes.add(step.getName() + ": can be closed");
            }
        }
    }

    private static boolean isClose(Object action) {
        return "close".equals(((ActionDescriptor) action).getMetaAttributes().get(TRANSITION));
    }

    @SuppressWarnings("unchecked")
    private static void addAction(StepDescriptor step, ActionDescriptor action) {
        step.getActions().add(action);
    }

    /**
     * The ids of the shared (common) transitions a step offers, which OSWorkflow writes back as its
     * {@code <common-action>} elements. OSWorkflow 2.7 has no getter for them (Jira's 2.8 adds one); the field is in
     * both, so it is read directly.
     */
    @SuppressWarnings("unchecked")
    private static List<Integer> commonActionIds(StepDescriptor step) {
        try {
            Field field = StepDescriptor.class.getDeclaredField("commonActions");
            field.setAccessible(true);
            return (List<Integer>) field.get(step);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Jira's workflow engine does not keep a step's shared transitions "
                    + "where OSWorkflow does, so Close cannot be added after a referral: add it by hand in "
                    + "Administration, Issues, Workflows", e);
        }
    }

    private static boolean restrictedTo(ActionDescriptor action, String conditionClass) {
        RestrictionDescriptor restriction = action.getRestriction();
        return restriction != null && conditions(restriction).stream().anyMatch(condition ->
                condition instanceof ConditionDescriptor one && conditionClass.equals(one.getArgs().get(CLASS_NAME)));
    }

    /** The action's own restriction gains the condition; one it did not have is the one made for it. */
    @SuppressWarnings("unchecked")
    private static void restrict(ActionDescriptor action, RestrictionDescriptor made) {
        RestrictionDescriptor existing = action.getRestriction();
        if (existing == null) {
            made.setParent(action);
            action.setRestriction(made);
            return;
        }
        ConditionsDescriptor ours = (ConditionsDescriptor) made.getConditions().get(0);
        ConditionsDescriptor theirs = (ConditionsDescriptor) existing.getConditions().get(0);
        ConditionDescriptor condition = (ConditionDescriptor) ours.getConditions().get(0);
        condition.setParent(theirs);
        theirs.getConditions().add(condition);
    }

    /** The conditions of a restriction's top-level group. */
    private static List<?> conditions(RestrictionDescriptor restriction) {
        return restriction.getConditions().isEmpty() ? List.of()
                : ((ConditionsDescriptor) restriction.getConditions().get(0)).getConditions();
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

    /** A workflow whose one action is restricted to one condition of the app's, for Jira's parser to make it. */
    static String oneRestriction(String className) {
        if (!className.startsWith(OURS)) {
            throw new IllegalArgumentException("not one of the app's conditions: " + className);
        }
        return "<workflow><initial-actions><action id=\"1\" name=\"Create\"><restrict-to><conditions type=\"AND\">"
                + "<condition type=\"class\"><arg name=\"class.name\">" + className + "</arg></condition>"
                + "</conditions></restrict-to><results><unconditional-result old-status=\"null\" status=\"Open\" "
                + "step=\"1\"/></results></action></initial-actions><steps><step id=\"1\" name=\"Open\"/></steps>"
                + "</workflow>";
    }

    /** The restriction of the workflow {@link #oneRestriction} wrote, once parsed. */
    static RestrictionDescriptor theRestriction(WorkflowDescriptor parsed) {
        return ((ActionDescriptor) parsed.getInitialActions().get(0)).getRestriction();
    }

    /** A workflow whose one action has one validator of the app's, for Jira's parser to make it. */
    static String oneValidator(String className) {
        if (!className.startsWith(OURS)) {
            throw new IllegalArgumentException("not one of the app's validators: " + className);
        }
        return "<workflow><initial-actions><action id=\"1\" name=\"Create\"><validators>"
                + "<validator type=\"class\"><arg name=\"class.name\">" + className + "</arg></validator>"
                + "</validators><results><unconditional-result old-status=\"null\" status=\"Open\" step=\"1\"/>"
                + "</results></action></initial-actions><steps><step id=\"1\" name=\"Open\"/></steps></workflow>";
    }

    /** The one validator of a workflow {@link #oneValidator} wrote, once parsed. */
    static ValidatorDescriptor theValidator(WorkflowDescriptor parsed) {
        return (ValidatorDescriptor) ((ActionDescriptor) parsed.getInitialActions().get(0)).getValidators().get(0);
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
