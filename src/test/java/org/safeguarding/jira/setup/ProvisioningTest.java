package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.FieldKind;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SetupLock;

public class ProvisioningTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Optional<String> ON_START = Optional.empty();
    private final FakeJiraFields jira = new FakeJiraFields();
    private final InMemorySetupStore store = new InMemorySetupStore();
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    private final AvatarManager avatarManager = mock(AvatarManager.class);
    private final IssueType concern = mock(IssueType.class);
    private final ScreenSetup screenSetup = mock(ScreenSetup.class);
    private final ResolutionSetup resolutionSetup = mock(ResolutionSetup.class);
    private final EventSetup eventSetup = mock(EventSetup.class);
    private final LinkTypeSetup linkTypeSetup = mock(LinkTypeSetup.class);
    private final WorkflowSetup workflowSetup = mock(WorkflowSetup.class);
    private final WorkflowUpgradeSetup upgradeSetup = mock(WorkflowUpgradeSetup.class);
    private final ConfidentialSetup confidentialSetup = mock(ConfidentialSetup.class);
    private final InMemorySetupRuns runs = new InMemorySetupRuns();
    private final SelfCheck selfCheck = mock(SelfCheck.class);
    private Provisioning provisioning;

    @Before
    public void setUp() throws Exception {
        when(locks.getLockForName(SetupLock.NAME)).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        Avatar avatar = mock(Avatar.class);
        when(avatarManager.create(anyString(), anyString(), any(), any(), any(), any())).thenReturn(avatar);
        when(issueTypeManager.createIssueType(anyString(), anyString(), any())).thenReturn(concern);
        when(issueTypeManager.getIssueType("10100")).thenReturn(concern);
        when(concern.getId()).thenReturn("10100");
        PropertiesTexts texts = new PropertiesTexts();
        provisioning = new Provisioning(new SetupLock(locks), store, runs,
                new IssueTypeSetup(issueTypeManager, avatarManager, texts),
                new FieldSetup(jira.customFieldManager, jira.optionsManager, texts), screenSetup, resolutionSetup,
                eventSetup, linkTypeSetup, workflowSetup, upgradeSetup, confidentialSetup, selfCheck, CLOCK);
    }

    @Test
    public void run_shouldCreateTheIssueTypeAndEveryCaseField() {
        SetupReport report = provisioning.run(ON_START);

        assertThat(report.problems(), empty());
        assertThat(jira.fields.values(), hasSize(CaseFields.ALL.size() + 1));
        verify(screenSetup).ensure(any(SetupRecorder.class));
        verify(resolutionSetup).ensure(any(SetupRecorder.class));
        verify(eventSetup).ensure(any(SetupRecorder.class));
        verify(linkTypeSetup).ensure(any(SetupRecorder.class));
        verify(workflowSetup).ensure(eq("10100"), eq(ON_START), any(SetupRecorder.class));
        verify(upgradeSetup).ensure(eq(ON_START), any(SetupRecorder.class));
        verify(confidentialSetup).ensure(any(SetupRecorder.class));
        verify(lock).unlock();
    }

    @Test
    public void run_shouldCreateNothingTheSecondTime() {
        provisioning.run(ON_START);

        SetupReport again = provisioning.run(ON_START);

        assertThat(again.created(), empty());
        assertThat(again.found(), not(empty()));
        assertThat(jira.fields.values(), hasSize(CaseFields.ALL.size() + 1));
        verify(issueTypeManager).createIssueType(anyString(), anyString(), any());
    }

    @Test
    public void run_shouldLeaveSetUpToTheNodeThatHoldsTheLock() throws Exception {
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);

        SetupReport report = provisioning.run(ON_START);

        assertThat(report.isComplete(), is(false));
        assertThat(jira.fields.values(), empty());
        verify(lock, never()).unlock();
    }

    @Test
    public void run_shouldKeepGoingPastAStepJiraRefusesAndSayWhichAndWhy() {
        doThrow(new IllegalStateException("screen scheme refused")).when(screenSetup).ensure(any());

        SetupReport report = provisioning.run(ON_START);

        assertThat(outcomes(report), is(Map.of(SetupStep.ISSUE_TYPE, SetupRuns.Outcome.DONE,
                SetupStep.FIELDS, SetupRuns.Outcome.DONE, SetupStep.SCREENS, SetupRuns.Outcome.FAILED,
                SetupStep.RESOLUTIONS, SetupRuns.Outcome.DONE, SetupStep.EVENT, SetupRuns.Outcome.DONE,
                SetupStep.LINK_TYPE, SetupRuns.Outcome.DONE, SetupStep.WORKFLOW, SetupRuns.Outcome.DONE, SetupStep.WORKFLOW_UPGRADE, SetupRuns.Outcome.DONE,
                SetupStep.CONFIDENTIAL, SetupRuns.Outcome.DONE)));
        assertThat(report.problems(), contains(containsString("screens: Jira refused it (java.lang.IllegalStateException: "
                + "screen scheme refused)")));
        verify(confidentialSetup).ensure(any(SetupRecorder.class));
        verify(lock).unlock();
    }

    @Test
    public void run_shouldReportAPartOfJirasApiThisJiraLacksAndRunTheOtherSteps() {
        doThrow(new NoSuchMethodError("'void com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl.<init>()'"))
                .when(screenSetup).ensure(any());
        doThrow(new AbstractMethodError("IssueSecuritySchemeManager.getSchemeObjects")).when(confidentialSetup)
                .ensure(any());

        SetupReport report = provisioning.run(ON_START);

        assertThat(outcomes(report).get(SetupStep.SCREENS), is(SetupRuns.Outcome.FAILED));
        assertThat(outcomes(report).get(SetupStep.CONFIDENTIAL), is(SetupRuns.Outcome.FAILED));
        assertThat(report.problems().get(0), containsString("this Jira lacks part of the API this step uses "
                + "(java.lang.NoSuchMethodError: 'void com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl"));
        verify(resolutionSetup).ensure(any(SetupRecorder.class));
        verify(workflowSetup).ensure(eq("10100"), eq(ON_START), any(SetupRecorder.class));
    }

    @Test
    public void run_shouldNotRunAStepThatReachesAPartOfJirasApiTheSelfCheckFoundMissing() {
        HostMember member = new HostMember(HostMember.Kind.METHOD,
                "com/atlassian/jira/issue/fields/screen/FieldScreenSchemeImpl", "<init>",
                "(Lcom/atlassian/jira/issue/fields/screen/FieldScreenSchemeManager;)V",
                HostMember.Use.SPECIAL, Set.of("org.safeguarding.jira.setup.ScreenObjects"));
        when(selfCheck.missingFor(screenSetup.getClass())).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(member, "no such constructor"), member.users())));

        SetupReport report = provisioning.run(ON_START);

        verify(screenSetup, never()).ensure(any());
        assertThat(outcomes(report).get(SetupStep.SCREENS), is(SetupRuns.Outcome.FAILED));
        assertThat(report.problems(), contains("screens: not run, this Jira lacks "
                + "FieldScreenSchemeImpl.new FieldScreenSchemeImpl(FieldScreenSchemeManager)"));
        verify(resolutionSetup).ensure(any(SetupRecorder.class));
        verify(confidentialSetup).ensure(any(SetupRecorder.class));
    }

    @Test
    public void run_shouldSkipTheStepsThatNeedTheIssueTypeWhenItFails() {
        when(issueTypeManager.createIssueType(anyString(), anyString(), any())).thenThrow(new IllegalStateException("x"));

        SetupReport report = provisioning.run(ON_START);

        assertThat(outcomes(report).get(SetupStep.ISSUE_TYPE), is(SetupRuns.Outcome.FAILED));
        assertThat(outcomes(report).get(SetupStep.FIELDS), is(SetupRuns.Outcome.SKIPPED));
        assertThat(outcomes(report).get(SetupStep.WORKFLOW), is(SetupRuns.Outcome.SKIPPED));
        assertThat(outcomes(report).get(SetupStep.SCREENS), is(SetupRuns.Outcome.DONE));
        assertThat(jira.fields.values(), empty());
        verify(workflowSetup, never()).ensure(anyString(), any(), any());
        verify(lock).unlock();
    }

    @Test
    public void run_shouldNotBringUpToDateAWorkflowThatCouldNotBeMadeOrFound() {
        doThrow(new IllegalStateException("workflow refused")).when(workflowSetup).ensure(anyString(), any(), any());

        SetupReport report = provisioning.run(ON_START);

        assertThat(outcomes(report).get(SetupStep.WORKFLOW), is(SetupRuns.Outcome.FAILED));
        assertThat(outcomes(report).get(SetupStep.WORKFLOW_UPGRADE), is(SetupRuns.Outcome.SKIPPED));
        verify(upgradeSetup, never()).ensure(any(), any());
        verify(confidentialSetup).ensure(any(SetupRecorder.class));
    }

    @Test
    public void run_shouldKeepTheRunForTheAdministrationPageFromStartToFinish() {
        doAnswer(call -> {
            assertThat("shown as running while it runs", runs.latest().orElseThrow().running(), is(true));
            return null;
        }).when(screenSetup).ensure(any());

        provisioning.run(Optional.of("admin"));

        SetupRuns.Run run = runs.latest().orElseThrow();
        assertThat(run.running(), is(false));
        assertThat(run.byUserKey(), is("admin"));
        assertThat(run.startedAt(), is(CLOCK.instant()));
        assertThat(run.steps(), hasSize(SetupStep.values().length));
        assertThat(run.complete(), is(true));
    }

    @Test
    public void personalFields_shouldBeWordsOrDatesThatAnonymisingReplacesOrEmpties() {
        for (String key : CaseFields.PERSONAL) {
            FieldKind kind = CaseFields.byKey(key).orElseThrow().kind();
            assertThat(key, kind.holdsText() || kind == FieldKind.DATE || kind == FieldKind.DATE_TIME, is(true));
        }
        assertThat(CaseFields.anonymised(CaseFields.NATIONALITY, "[Anonymised]"), is("[Anonymised]"));
        assertThat(CaseFields.anonymised(CaseFields.DATE_OF_BIRTH, "[Anonymised]"), is(nullValue()));
    }

    private static Map<SetupStep, SetupRuns.Outcome> outcomes(SetupReport report) {
        Map<SetupStep, SetupRuns.Outcome> outcomes = new EnumMap<>(SetupStep.class);
        report.steps().forEach(step -> outcomes.put(step.step(), step.outcome()));
        return outcomes;
    }

    @Test
    public void caseFields_shouldHaveUniqueKeys() {
        List<String> keys = CaseFields.ALL.stream().map(CaseField::key).toList();

        assertThat(keys.stream().distinct().toList(), hasSize(keys.size()));
    }
}
