package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.POSITIVE_RG;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.REFER;

import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.screening.Organisation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The workflow editor's side of our rules: each class the workflow names is a module Jira's editor knows, and the
 * admin can see in words what each does and choose the moment "Set referral dates" marks.
 */
public class WorkflowModulesTest {
    private static final String OURS = "org.safeguarding.";

    private final WorkflowDescriptor workflow = WorkflowEngine.load();
    private final VelocityTemplates velocity = new VelocityTemplates();
    private final ReferralDatesFunctionFactory datesFactory = new ReferralDatesFunctionFactory();

    @Test
    public void everyClassTheWorkflowNames_shouldBeAWorkflowModuleOfItsKind() throws Exception {
        Map<String, String> named = new TreeMap<>();
        for (ActionDescriptor action : actions()) {
            if (action.getRestriction() != null) {
                conditions(action.getRestriction().getConditions())
                        .forEach(condition -> named.put(className(condition), "condition-class"));
            }
            for (Object validator : action.getValidators()) {
                named.put(className((ValidatorDescriptor) validator), "validator-class");
            }
            for (Object function : action.getUnconditionalResult().getPostFunctions()) {
                named.put(className((FunctionDescriptor) function), "function-class");
            }
        }
        named.keySet().removeIf(name -> !name.startsWith(OURS));
        // Declared for the workflows earlier versions installed, which name it; this version's workflow does not.
        named.put(MissingValidator.class.getName(), "validator-class");
        Map<String, String> declared = declaredModuleClasses();

        assertThat(named.size(), is(15));
        assertThat(declared, equalTo(named));
    }

    @Test
    public void fixedRules_shouldTakeNoSettings() {
        FixedRuleFactory factory = new FixedRuleFactory();

        assertThat(factory.getDescriptorParams(Map.of("anything", new String[] {"x"})), equalTo(Map.of()));
        assertThat(factory.getVelocityParams("view", null), equalTo(Map.of()));
    }

    @Test
    public void fixedRuleViews_shouldSayInWordsWhatEachChecks() {
        for (String rule : List.of("lead-condition", "route-validator", "close-validator", "missing-validator")) {
            String html = velocity.render("templates/workflow/" + rule + "-view.vm", Map.of()).html();

            assertThat(rule, html.trim(), equalTo(VelocityTemplates.text(
                    "safeguarding.workflow.module." + rule + ".view")));
        }
    }

    @Test
    public void referralDates_shouldShowTheMomentEachTransitionOfTheWorkflowMarks() {
        assertThat(view(datesFactory.getVelocityParams("view", datesFunction(REFER))), equalTo(
                VelocityTemplates.text("safeguarding.workflow.module.referral-dates.view.referral")));
        assertThat(view(datesFactory.getVelocityParams("view", datesFunction(POSITIVE_RG))), equalTo(
                VelocityTemplates.text("safeguarding.workflow.module.referral-dates.view.positive-reasonable-grounds")));
    }

    @Test
    public void referralDates_shouldAskForAMomentWhenNoneIsConfigured() {
        FunctionDescriptor unset = datesFunction(REFER);
        unset.getArgs().remove(ReferralDatesFunction.ON);

        assertThat(view(datesFactory.getVelocityParams("view", unset)), containsString(
                VelocityTemplates.text("safeguarding.workflow.module.referral-dates.view.unset")));
    }

    @Test
    public void referralDatesForm_shouldOfferBothMomentsWithTheConfiguredOneSelected() {
        String adding = form(datesFactory.getVelocityParams("input-parameters", null));
        String editing = form(datesFactory.getVelocityParams("edit-parameters", datesFunction(POSITIVE_RG)));

        assertThat(adding, allOf(containsString("<option value=\"referral\" selected=\"selected\">"),
                containsString("<option value=\"positive-reasonable-grounds\">"),
                containsString("<label for=\"safeguarding-referral-dates-on\">"),
                containsString("<select id=\"safeguarding-referral-dates-on\" name=\"on\"")));
        assertThat(editing, allOf(containsString("<option value=\"referral\">"),
                containsString("<option value=\"positive-reasonable-grounds\" selected=\"selected\">")));
    }

    @Test
    public void referralDatesForm_shouldSaveTheChosenMoment() {
        assertThat(datesFactory.getDescriptorParams(Map.of("on", new String[] {"positive-reasonable-grounds"})),
                equalTo(Map.of("on", "positive-reasonable-grounds")));
    }

    @Test
    public void referralDatesForm_shouldRefuseAMissingUnknownOrRepeatedMoment() {
        List<Map<String, Object>> bad = List.of(Map.of(), Map.of("on", new String[] {"closure"}),
                Map.of("on", new String[] {"referral", "referral"}), Map.of("on", "referral"),
                Map.of("on", new String[] {null}));
        for (Map<String, Object> form : bad) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> datesFactory.getDescriptorParams(form));
            assertThat(refused.getMessage(), containsString("Choose when the dates are set"));
        }
    }

    @Test
    public void referralDatesFunction_shouldRefuseToRunWithoutAMomentAndChangeNothing() {
        WorkflowCaseFixture fixture = new WorkflowCaseFixture();
        ReferralDatesFunction function = (ReferralDatesFunction) new Adapters(fixture, Set.of(),
                new Organisation(false, false)).apply(ReferralDatesFunction.class.getName());
        Map<String, Object> inputs = fixture.transition(WorkflowCaseFixture.noInput());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> function.execute(inputs, new HashMap<>(), null));

        assertThat(refused.getMessage(), equalTo(VelocityTemplates.text("safeguarding.workflow.error.dates-not-set-up")));
        assertThat(fixture.values.date(CaseFields.NEXT_REVIEW).isPresent(), is(false));
    }

    private String view(Map<String, Object> params) {
        return velocity.render("templates/workflow/referral-dates-view.vm", params).html().trim();
    }

    private String form(Map<String, Object> params) {
        String html = velocity.render("templates/workflow/referral-dates-input.vm", params).html();
        assertThat(html, not(containsString("$")));
        return html;
    }

    /** The "Set referral dates" post-function of a transition, as the workflow XML configures it. */
    private FunctionDescriptor datesFunction(int actionId) {
        for (ActionDescriptor action : actions()) {
            if (action.getId() == actionId) {
                for (Object function : action.getUnconditionalResult().getPostFunctions()) {
                    if (className((FunctionDescriptor) function).equals(ReferralDatesFunction.class.getName())) {
                        return (FunctionDescriptor) function;
                    }
                }
            }
        }
        throw new AssertionError("transition " + actionId + " does not set referral dates");
    }

    private List<ActionDescriptor> actions() {
        List<ActionDescriptor> actions = new ArrayList<>();
        workflow.getInitialActions().forEach(action -> actions.add((ActionDescriptor) action));
        workflow.getCommonActions().values().forEach(action -> actions.add((ActionDescriptor) action));
        for (Object step : workflow.getSteps()) {
            ((StepDescriptor) step).getActions().forEach(action -> actions.add((ActionDescriptor) action));
        }
        return actions;
    }

    /** The conditions of a restriction, through any nesting of AND/OR groups. */
    private static List<ConditionDescriptor> conditions(List<?> restriction) {
        List<ConditionDescriptor> found = new ArrayList<>();
        for (Object item : restriction) {
            if (item instanceof ConditionsDescriptor group) {
                found.addAll(conditions(group.getConditions()));
            } else {
                found.add((ConditionDescriptor) item);
            }
        }
        return found;
    }

    private static String className(AbstractDescriptor descriptor) {
        Map<?, ?> args = descriptor instanceof ConditionDescriptor condition ? condition.getArgs()
                : descriptor instanceof ValidatorDescriptor validator ? validator.getArgs()
                : ((FunctionDescriptor) descriptor).getArgs();
        return String.valueOf(args.get("class.name"));
    }

    /** Implementation class to its element (condition-class, validator-class, function-class) in the descriptor. */
    private static Map<String, String> declaredModuleClasses() throws Exception {
        Map<String, String> declared = new TreeMap<>();
        try (InputStream in = WorkflowModulesTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            for (String element : List.of("condition-class", "validator-class", "function-class")) {
                NodeList classes = descriptor.getElementsByTagName(element);
                for (int i = 0; i < classes.getLength(); i++) {
                    declared.put(((Element) classes.item(i)).getTextContent().trim(), element);
                }
            }
        }
        return declared;
    }
}
