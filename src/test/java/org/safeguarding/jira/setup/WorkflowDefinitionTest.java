package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.Assert.assertThrows;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.Test;
import org.safeguarding.referral.ReferralStep;

public class WorkflowDefinitionTest {
    private static final WorkflowDefinition.Screens SCREENS = WorkflowXml.SCREENS;
    private static final List<String> RESOLUTIONS = WorkflowXml.RESOLUTIONS;
    private static final Optional<Long> EVENT = Optional.of(10300L);
    private static final Pattern FIRED = Pattern.compile("<arg name=\"eventTypeId\">([^<]*)</arg>");

    @Test
    public void filled_shouldGiveEveryStepItsJiraStatusInXmlOsWorkflowLoads() throws Exception {
        Map<ReferralStep, String> statusIds = WorkflowXml.statusIds();

        WorkflowDescriptor workflow = WorkflowXml.parse(
                WorkflowDefinition.filled(statusIds, SCREENS, RESOLUTIONS, EVENT));

        Map<String, String> statusByStep = new HashMap<>();
        for (Object step : workflow.getSteps()) {
            Map<?, ?> meta = ((StepDescriptor) step).getMetaAttributes();
            statusByStep.put((String) meta.get("safeguarding.step"), (String) meta.get("jira.status.id"));
        }
        Map<String, String> expected = new HashMap<>();
        statusIds.forEach((step, id) -> expected.put(step.id(), id));
        assertThat(statusByStep, equalTo(expected));
        // The referral steps and Report missing each have a screen of only their own fields.
        assertThat(screenOf(workflow, 31), equalTo("525"));
        assertThat(screenOf(workflow, 41), equalTo("525"));
        assertThat(screenOf(workflow, 111), equalTo("520"));
        assertThat(screenOf(workflow, 91), equalTo("510"));
    }

    @Test
    public void filled_shouldOfferOnlyTheAppsResolutionsOnClose() throws Exception {
        WorkflowDescriptor workflow = shipped();

        assertThat(workflow.getAction(91).getMetaAttributes().get("jira.field.resolution.include"),
                equalTo("10100,10101,10102"));
    }

    @Test
    public void filled_shouldRefuseCloseWithoutTheAppsResolutions() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(WorkflowXml.statusIds(), SCREENS, List.of(), EVENT));

        assertThat(refused.getMessage(), containsString("no Jira id for resolutions:close"));
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(WorkflowXml.statusIds(), SCREENS, List.of("10100", "1,2"), EVENT));
    }

    @Test
    public void workflow_shouldKeepAClosedCaseFromBeingEditedAsJirasOwnWorkflowsDo() throws Exception {
        WorkflowDescriptor workflow = shipped();

        for (Object step : workflow.getSteps()) {
            Map<?, ?> meta = ((StepDescriptor) step).getMetaAttributes();
            assertThat(meta.get("safeguarding.step") + " editable", meta.get("jira.issue.editable"),
                    equalTo("closed".equals(meta.get("safeguarding.step")) ? "false" : null));
        }
    }

    @Test
    public void workflow_shouldCheckJirasCreateIssuePermissionOnCreate() throws Exception {
        WorkflowDescriptor workflow = shipped();

        ValidatorDescriptor validator = (ValidatorDescriptor) workflow.getInitialAction(1).getValidators().get(0);
        assertThat(validator.getArgs().get("class.name"),
                equalTo("com.atlassian.jira.workflow.validator.PermissionValidator"));
        assertThat(validator.getArgs().get("permission"), equalTo("Create Issue"));
    }

    @Test
    public void filled_shouldRefuseAStepWithoutAStatus() {
        Map<ReferralStep, String> statusIds = WorkflowXml.statusIds();
        statusIds.remove(ReferralStep.MISSING);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(statusIds, SCREENS, RESOLUTIONS, EVENT));

        assertThat(refused.getMessage(), containsString("no Jira id for status:missing in the workflow"));
    }

    @Test
    public void filled_shouldRefuseAStatusIdThatIsNotJiras() {
        Map<ReferralStep, String> statusIds = WorkflowXml.statusIds();
        statusIds.put(ReferralStep.CLOSED, "6</meta><meta>");

        assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(statusIds, SCREENS, RESOLUTIONS, EVENT));
    }

    @Test
    public void filled_shouldFireTheAppsOwnEventOnEveryTransitionSoNoNotificationSchemeEmailsTheCase() {
        List<String> fired = fired(WorkflowDefinition.filled(WorkflowXml.statusIds(), SCREENS, RESOLUTIONS, EVENT));

        assertThat(fired, hasSize(16));
        assertThat(fired, everyItem(equalTo("10300")));
    }

    @Test
    public void filled_shouldFireJirasOwnEventsWhereTheAppsCouldNotBeMade() {
        List<String> fired = fired(WorkflowDefinition.filled(WorkflowXml.statusIds(), SCREENS, RESOLUTIONS,
                Optional.empty()));

        // Create fires Issue Created, Close Issue Closed, Reopen Issue Reopened, every other transition Generic Event.
        assertThat(fired.stream().distinct().sorted().toList(), equalTo(List.of("1", "13", "5", "7")));
        assertThat(fired.get(0), equalTo("1"));
        assertThat(fired.stream().filter("13"::equals).count(), equalTo(13L));
    }

    private static List<String> fired(String xml) {
        return FIRED.matcher(xml).results().map(found -> found.group(1)).toList();
    }

    private static String screenOf(WorkflowDescriptor workflow, int actionId) {
        ActionDescriptor action = workflow.getAction(actionId);
        assertThat(action.getView(), equalTo("fieldscreen"));
        return (String) action.getMetaAttributes().get("jira.fieldscreen.id");
    }

    /** This version's workflow, with this Jira's ids and the app's event. */
    private static WorkflowDescriptor shipped() {
        return WorkflowXml.parse(WorkflowDefinition.filled(WorkflowXml.statusIds(), SCREENS, RESOLUTIONS, EVENT));
    }
}
