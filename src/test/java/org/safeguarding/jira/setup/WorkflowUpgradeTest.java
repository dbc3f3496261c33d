package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.Test;

/** The upgrade run on the workflow the first wave installed, loaded by OSWorkflow as Jira loads it. */
public class WorkflowUpgradeTest {
    private static final WorkflowUpgrade.Ids IDS = new WorkflowUpgrade.Ids(500L, 505L, Optional.of(10300L));

    @Test
    public void upgrade_shouldGiveAnEarlierInstallTheScreensRulesAndEventsOfANewOne() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();

        List<String> changes = WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml::newFunction);

        WorkflowDescriptor fresh = WorkflowXml.parse(WorkflowDefinition.filled(WorkflowXml.statusIds(),
                WorkflowXml.SCREENS, WorkflowXml.RESOLUTIONS, Optional.of(10300L)));
        assertThat(shape(installed), equalTo(shape(fresh)));
        assertThat(changes, hasItem("Report missing: the raise-and-update screen, tells the leads at once, fires the "
                + "app's own event"));
        assertThat(changes, hasItem("Create: tells the leads at once, gives a new case to the lead on duty, fires the "
                + "app's own event"));
    }

    @Test
    public void upgrade_shouldChangeNothingTheSecondTime() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml::newFunction);

        assertThat(WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml::newFunction), empty());
    }

    @Test
    public void upgrade_shouldLeaveAScreenAnAdministratorChoseForReportMissing() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        ActionDescriptor reportMissing = reportMissing(installed);
        reportMissing.getMetaAttributes().put("jira.fieldscreen.id", "777");

        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml::newFunction);

        assertThat(reportMissing.getMetaAttributes().get("jira.fieldscreen.id"), equalTo("777"));
    }

    @Test
    public void upgrade_shouldKeepJirasOwnEventsWhereTheAppsCouldNotBeMade() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();

        List<String> changes = WorkflowUpgrade.upgrade(installed, new WorkflowUpgrade.Ids(500L, 505L,
                Optional.empty()), WorkflowXml::newFunction);

        assertThat(changes, everyItem(not(containsString("event"))));
        assertThat(shape(installed).get(91), hasItem("com.atlassian.jira.workflow.function.event"
                + ".FireIssueEventFunction=5"));
    }

    @Test
    public void oneFunction_shouldMakeOnlyTheAppsOwnPostFunctions() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowUpgrade.oneFunction("com.example.Evil\"/>"));
    }

    /** Each action: its screen, and the app's post-functions and the events Jira fires, in order. */
    private static Map<Integer, List<String>> shape(WorkflowDescriptor workflow) {
        Map<Integer, List<String>> shape = new TreeMap<>();
        List<Object> actions = new ArrayList<>(workflow.getInitialActions());
        actions.addAll(workflow.getCommonActions().values());
        actions.addAll(workflow.getGlobalActions());
        for (Object step : workflow.getSteps()) {
            actions.addAll(((StepDescriptor) step).getActions());
        }
        for (Object each : actions) {
            ActionDescriptor action = (ActionDescriptor) each;
            List<String> parts = new ArrayList<>();
            Object screen = action.getMetaAttributes().get("jira.fieldscreen.id");
            if (screen != null) {
                parts.add("screen=" + screen);
            }
            for (Object function : action.getUnconditionalResult().getPostFunctions()) {
                Map<?, ?> args = ((FunctionDescriptor) function).getArgs();
                String name = String.valueOf(args.get("class.name"));
                if (name.startsWith("org.safeguarding.") || name.endsWith("FireIssueEventFunction")) {
                    parts.add(args.containsKey("eventTypeId") ? name + "=" + args.get("eventTypeId") : name);
                }
            }
            shape.put(action.getId(), parts);
        }
        return shape;
    }

    private static ActionDescriptor reportMissing(WorkflowDescriptor workflow) {
        return (ActionDescriptor) workflow.getCommonActions().values().stream()
                .filter(action -> "report-missing".equals(((ActionDescriptor) action).getMetaAttributes()
                        .get(WorkflowUpgrade.TRANSITION))).findFirst().orElseThrow();
    }
}
