package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.Test;
import org.safeguarding.upgrade.UpgradeTest;

/** The upgrade run on the workflow the first wave installed, loaded by OSWorkflow as Jira loads it. */
public class WorkflowUpgradeTest {
    private static final WorkflowUpgrade.Ids IDS = new WorkflowUpgrade.Ids(500L, 505L, Optional.of(10300L),
            Optional.of(515L), Optional.of(520L), Optional.of(525L));

    @Test
    public void upgrade_shouldGiveAnEarlierInstallTheScreensRulesAndEventsOfANewOne() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();

        List<String> changes = WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        WorkflowDescriptor fresh = WorkflowXml.parse(WorkflowDefinition.filled(WorkflowXml.statusIds(),
                WorkflowXml.SCREENS, WorkflowXml.RESOLUTIONS, Optional.of(10300L)));
        assertThat(shape(installed), equalTo(shape(fresh)));
        assertThat(changes, hasItem("Report missing: its own screen, the description for police first, tells the "
                + "leads at once, fires the app's own event"));
        assertThat(changes, hasItem("Refer: its own screen, with only what a referral needs, fires the app's own "
                + "event"));
        assertThat(changes, hasItem("Create: tells the leads at once, gives a new case to the lead on duty, fires the "
                + "app's own event"));
        assertThat(changes, hasItem("Referred: can be closed"));
        assertThat(changes, hasItem(allOf(startsWith("Close: "), containsString("fills the retention review date from "
                + "the settings"))));
        assertThat(changes, hasItem("Found: fires the app's own event, asks whether anyone is still in danger"));
        assertThat(changes, hasItem("Reopen: fires the app's own event, never on an anonymised case"));
        assertThat(changes, hasItem("Await reasonable-grounds decision: fires the app's own event, only once an NRM "
                + "referral is recorded"));
    }

    /**
     * What an upgraded workflow is saved as, written by OSWorkflow and read back as Jira would: Close stays a shared
     * transition of each later step, and the reasonable-grounds step keeps its condition.
     */
    @Test
    public void upgrade_shouldSurviveBeingWrittenAndReadBackByOsWorkflow() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        String written = written(installed);
        WorkflowDescriptor saved = WorkflowXml.parse(written);

        assertThat(shape(saved), equalTo(shape(installed)));
        assertThat(written, containsString("<common-action id=\"91\""));
        assertThat(written, containsString("org.safeguarding.jira.workflow.NrmReferralCondition"));
    }

    /** An administrator's own condition on the step stays; the app's joins it. */
    @Test
    public void upgrade_shouldAddTheNrmConditionBesideAnAdministratorsOwn() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        ActionDescriptor await = action(installed, "await-reasonable-grounds");
        await.setRestriction(WorkflowXml.PARTS.restriction("org.safeguarding.jira.workflow.LeadCondition"));

        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        assertThat(conditionClasses(await), equalTo(List.of("org.safeguarding.jira.workflow.LeadCondition",
                "org.safeguarding.jira.workflow.NrmReferralCondition")));
    }

    @Test
    public void upgrade_shouldChangeNothingTheSecondTime() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        assertThat(WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS), empty());
    }

    @Test
    public void upgrade_shouldLeaveAScreenAnAdministratorChoseForReportMissing() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        ActionDescriptor reportMissing = reportMissing(installed);
        reportMissing.getMetaAttributes().put("jira.fieldscreen.id", "777");

        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        assertThat(reportMissing.getMetaAttributes().get("jira.fieldscreen.id"), equalTo("777"));
    }

    /** An install whose Report missing an earlier upgrade moved to the raise-and-update screen gets its own too. */
    @Test
    public void upgrade_shouldMoveReportMissingFromTheRaiseAndUpdateScreenToItsOwn() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        ActionDescriptor reportMissing = reportMissing(installed);
        reportMissing.getMetaAttributes().put("jira.fieldscreen.id", "505");

        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        assertThat(reportMissing.getMetaAttributes().get("jira.fieldscreen.id"), equalTo("520"));
    }

    /** Before set-up made the new screens, Report missing still leaves the full screen, and Refer keeps it. */
    @Test
    public void upgrade_shouldMoveReportMissingOffTheFullScreenAndLeaveReferBeforeSetUpMadeTheirScreens() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();

        List<String> changes = WorkflowUpgrade.upgrade(installed, new WorkflowUpgrade.Ids(500L, 505L,
                Optional.of(10300L), Optional.of(515L), Optional.empty(), Optional.empty()), WorkflowXml.PARTS);

        assertThat(reportMissing(installed).getMetaAttributes().get("jira.fieldscreen.id"), equalTo("505"));
        assertThat(action(installed, "refer").getMetaAttributes().get("jira.fieldscreen.id"), equalTo("500"));
        assertThat(changes, hasItem(startsWith("Report missing: the raise-and-update screen")));
    }

    @Test
    public void upgrade_shouldLeaveAScreenAnAdministratorChoseForRefer() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        ActionDescriptor refer = action(installed, "refer");
        refer.getMetaAttributes().put("jira.fieldscreen.id", "777");

        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        assertThat(refer.getMetaAttributes().get("jira.fieldscreen.id"), equalTo("777"));
        assertThat(action(installed, "record-another-referral").getMetaAttributes().get("jira.fieldscreen.id"),
                equalTo("525"));
    }

    /** A screen of an administrator's own would not ask the question, and the rule would then refuse every Found. */
    @Test
    public void upgrade_shouldLeaveFoundAloneWhereAnAdministratorGaveItAScreen() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();
        ActionDescriptor found = action(installed, "found");
        found.setView("fieldscreen");
        found.getMetaAttributes().put("jira.fieldscreen.id", "777");

        WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

        assertThat(found.getMetaAttributes().get("jira.fieldscreen.id"), equalTo("777"));
        assertThat(found.getValidators().isEmpty(), is(true));
    }

    @Test
    public void upgrade_shouldNotAskAboutDangerBeforeSetUpMadeItsScreen() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();

        WorkflowUpgrade.upgrade(installed, new WorkflowUpgrade.Ids(500L, 505L, Optional.of(10300L),
                Optional.empty(), Optional.of(520L), Optional.of(525L)), WorkflowXml.PARTS);

        ActionDescriptor found = action(installed, "found");
        assertThat(String.valueOf(found.getView()).replace("null", ""), is(""));
        assertThat(found.getValidators().isEmpty(), is(true));
    }

    @Test
    public void oneValidator_shouldMakeOnlyTheAppsOwnValidators() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowUpgrade.oneValidator("com.example.Evil\"/>"));
    }

    @Test
    public void upgrade_shouldKeepJirasOwnEventsWhereTheAppsCouldNotBeMade() {
        WorkflowDescriptor installed = WorkflowXml.firstWave();

        List<String> changes = WorkflowUpgrade.upgrade(installed, new WorkflowUpgrade.Ids(500L, 505L,
                Optional.empty(), Optional.of(515L), Optional.of(520L), Optional.of(525L)), WorkflowXml.PARTS);

        assertThat(changes, everyItem(not(containsString("event"))));
        assertThat(shape(installed).get(91), hasItem("com.atlassian.jira.workflow.function.event"
                + ".FireIssueEventFunction=5"));
    }

    @Test
    public void oneFunction_shouldMakeOnlyTheAppsOwnPostFunctions() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowUpgrade.oneFunction("com.example.Evil\"/>"));
    }

    /**
     * The workflow each released version shipped (frozen with its stored data, {@code UpgradeTest}), installed with a
     * Jira's ids, is brought to this version's, and a second upgrade changes nothing.
     */
    @Test
    public void upgrade_shouldBringEachReleasedVersionsWorkflowToThisOnesAndThenChangeNothing() throws Exception {
        WorkflowDescriptor fresh = WorkflowXml.parse(WorkflowDefinition.filled(WorkflowXml.statusIds(),
                WorkflowXml.SCREENS, WorkflowXml.RESOLUTIONS, Optional.of(10300L)));
        List<Path> fixtures = UpgradeTest.fixtures();
        assertThat(fixtures, is(not(empty())));
        for (Path fixture : fixtures) {
            WorkflowDescriptor installed = WorkflowXml.parse(WorkflowDefinition.filled(Files.readString(
                    fixture.resolve(UpgradeTest.WORKFLOW), StandardCharsets.UTF_8), WorkflowXml.statusIds(),
                    WorkflowXml.SCREENS, WorkflowXml.RESOLUTIONS, Optional.of(10300L)));

            WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS);

            assertThat(fixture.toString(), shape(installed), equalTo(shape(fresh)));
            assertThat(fixture.toString(), WorkflowUpgrade.upgrade(installed, IDS, WorkflowXml.PARTS), is(empty()));
        }
    }

    /**
     * Each action: its screen, its conditions, and the app's post-functions and the events Jira fires, in order; each
     * step (as a negative key): the actions it offers.
     */
    private static Map<Integer, List<String>> shape(WorkflowDescriptor workflow) {
        Map<Integer, List<String>> shape = new TreeMap<>();
        for (Object each : workflow.getSteps()) {
            StepDescriptor step = (StepDescriptor) each;
            // OSWorkflow 2.7 lists a step's shared actions twice; what counts is which it offers.
            Set<String> offered = new TreeSet<>();
            step.getActions().forEach(action -> offered.add(String.valueOf(((ActionDescriptor) action).getId())));
            shape.put(-step.getId(), List.copyOf(offered));
        }
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
                parts.add(action.getView() + " screen=" + screen);
            }
            for (Object validator : action.getValidators()) {
                parts.add("must " + ((ValidatorDescriptor) validator).getArgs().get("class.name"));
            }
            conditionClasses(action).forEach(condition -> parts.add("if " + condition));
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

    /** The workflow as Jira saves it: OSWorkflow writes it out, after the XML declaration. */
    private static String written(WorkflowDescriptor workflow) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            writer.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            workflow.writeXML(writer, 0);
        }
        return out.toString();
    }

    private static List<String> conditionClasses(ActionDescriptor action) {
        List<String> classes = new ArrayList<>();
        if (action.getRestriction() != null) {
            for (Object group : action.getRestriction().getConditions()) {
                for (Object condition : ((ConditionsDescriptor) group).getConditions()) {
                    classes.add(String.valueOf(((ConditionDescriptor) condition).getArgs().get("class.name")));
                }
            }
        }
        return classes;
    }

    private static ActionDescriptor action(WorkflowDescriptor workflow, String transition) {
        for (Object step : workflow.getSteps()) {
            for (Object action : ((StepDescriptor) step).getActions()) {
                if (transition.equals(((ActionDescriptor) action).getMetaAttributes().get(WorkflowUpgrade.TRANSITION))) {
                    return (ActionDescriptor) action;
                }
            }
        }
        throw new AssertionError("no transition " + transition);
    }

    private static ActionDescriptor reportMissing(WorkflowDescriptor workflow) {
        return (ActionDescriptor) workflow.getCommonActions().values().stream()
                .filter(action -> "report-missing".equals(((ActionDescriptor) action).getMetaAttributes()
                        .get(WorkflowUpgrade.TRANSITION))).findFirst().orElseThrow();
    }
}
