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
import java.io.StringReader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.safeguarding.referral.ReferralStep;
import org.xml.sax.InputSource;

public class WorkflowDefinitionTest {
    private static final WorkflowDefinition.Screens SCREENS = new WorkflowDefinition.Screens(500L, 505L, 510L);
    private static final List<String> RESOLUTIONS = List.of("10100", "10101", "10102");
    private static final Optional<Long> EVENT = Optional.of(10300L);
    private static final Pattern FIRED = Pattern.compile("<arg name=\"eventTypeId\">([^<]*)</arg>");

    @Test
    public void filled_shouldGiveEveryStepItsJiraStatusInXmlOsWorkflowLoads() throws Exception {
        Map<ReferralStep, String> statusIds = statusIds();

        WorkflowDescriptor workflow = parse(WorkflowDefinition.filled(statusIds, SCREENS, RESOLUTIONS, EVENT));

        Map<String, String> statusByStep = new HashMap<>();
        for (Object step : workflow.getSteps()) {
            Map<?, ?> meta = ((StepDescriptor) step).getMetaAttributes();
            statusByStep.put((String) meta.get("safeguarding.step"), (String) meta.get("jira.status.id"));
        }
        Map<String, String> expected = new HashMap<>();
        statusIds.forEach((step, id) -> expected.put(step.id(), id));
        assertThat(statusByStep, equalTo(expected));
        assertThat(screenOf(workflow, 31), equalTo("500"));
        assertThat(screenOf(workflow, 41), equalTo("500"));
        // Report missing is open to everyone: the worker screen, without the leads' own fields.
        assertThat(screenOf(workflow, 111), equalTo("505"));
        assertThat(screenOf(workflow, 91), equalTo("510"));
    }

    @Test
    public void filled_shouldOfferOnlyTheAppsResolutionsOnClose() throws Exception {
        WorkflowDescriptor workflow = parse(WorkflowDefinition.filled(statusIds(), SCREENS, RESOLUTIONS, EVENT));

        assertThat(workflow.getAction(91).getMetaAttributes().get("jira.field.resolution.include"),
                equalTo("10100,10101,10102"));
    }

    @Test
    public void filled_shouldRefuseCloseWithoutTheAppsResolutions() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(statusIds(), SCREENS, List.of(), EVENT));

        assertThat(refused.getMessage(), containsString("no Jira id for resolutions:close"));
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(statusIds(), SCREENS, List.of("10100", "1,2"), EVENT));
    }

    @Test
    public void workflow_shouldKeepAClosedCaseFromBeingEditedAsJirasOwnWorkflowsDo() throws Exception {
        WorkflowDescriptor workflow = parse(WorkflowDefinition.filled(statusIds(), SCREENS, RESOLUTIONS, EVENT));

        for (Object step : workflow.getSteps()) {
            Map<?, ?> meta = ((StepDescriptor) step).getMetaAttributes();
            assertThat(meta.get("safeguarding.step") + " editable", meta.get("jira.issue.editable"),
                    equalTo("closed".equals(meta.get("safeguarding.step")) ? "false" : null));
        }
    }

    @Test
    public void workflow_shouldCheckJirasCreateIssuePermissionOnCreate() throws Exception {
        WorkflowDescriptor workflow = parse(WorkflowDefinition.filled(statusIds(), SCREENS, RESOLUTIONS, EVENT));

        ValidatorDescriptor validator = (ValidatorDescriptor) workflow.getInitialAction(1).getValidators().get(0);
        assertThat(validator.getArgs().get("class.name"),
                equalTo("com.atlassian.jira.workflow.validator.PermissionValidator"));
        assertThat(validator.getArgs().get("permission"), equalTo("Create Issue"));
    }

    @Test
    public void filled_shouldRefuseAStepWithoutAStatus() {
        Map<ReferralStep, String> statusIds = statusIds();
        statusIds.remove(ReferralStep.MISSING);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WorkflowDefinition.filled(statusIds, SCREENS, RESOLUTIONS, EVENT));

        assertThat(refused.getMessage(), containsString("no Jira id for status:missing in the workflow"));
    }

    @Test
    public void filled_shouldRefuseAStatusIdThatIsNotJiras() {
        Map<ReferralStep, String> statusIds = statusIds();
        statusIds.put(ReferralStep.CLOSED, "6</meta><meta>");

        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinition.filled(statusIds, SCREENS, RESOLUTIONS, EVENT));
    }

    @Test
    public void filled_shouldFireTheAppsOwnEventOnEveryTransitionSoNoNotificationSchemeEmailsTheCase() {
        List<String> fired = fired(WorkflowDefinition.filled(statusIds(), SCREENS, RESOLUTIONS, EVENT));

        assertThat(fired, hasSize(16));
        assertThat(fired, everyItem(equalTo("10300")));
    }

    @Test
    public void filled_shouldFireJirasOwnEventsWhereTheAppsCouldNotBeMade() {
        List<String> fired = fired(WorkflowDefinition.filled(statusIds(), SCREENS, RESOLUTIONS, Optional.empty()));

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

    private static Map<ReferralStep, String> statusIds() {
        Map<ReferralStep, String> ids = new EnumMap<>(ReferralStep.class);
        for (ReferralStep step : ReferralStep.values()) {
            ids.put(step, String.valueOf(10000 + step.ordinal()));
        }
        return ids;
    }

    /** As Jira's loader would, without fetching the DTD the XML declares. */
    private static WorkflowDescriptor parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        WorkflowDescriptor workflow = new WorkflowDescriptor(factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement());
        workflow.validate();
        return workflow;
    }
}
