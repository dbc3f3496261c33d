package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.ScreeningValues;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.JiraProjectReadiness;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;

public class JiraConcernRaiserTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager users;
    @Mock
    private ProjectManager projects;
    @Mock
    private PermissionManager permissions;
    @Mock
    private JiraProjectReadiness readiness;
    @Mock
    private IssueService issues;
    @Mock(answer = Answers.RETURNS_SELF)
    private IssueInputParameters parameters;
    @Mock
    private ApplicationUser worker;
    @Mock
    private Project sg;
    @Mock
    private Project help;
    @Mock
    private MutableIssue created;

    @Mock
    private SetupStore setupStore;
    @Mock
    private IssueManager issueManager;
    @Mock
    private JiraCaseReader reader;
    private JiraConcernRaiser raiser;

    @Before
    public void setUp() {
        when(users.getUserByKey("worker")).thenReturn(worker);
        when(projects.getProjectObjects()).thenReturn(List.of(sg, help));
        when(projects.getProjectObjByKey("SG")).thenReturn(sg);
        when(projects.getProjectObjByKey("HELP")).thenReturn(help);
        when(sg.getId()).thenReturn(10000L);
        when(sg.getKey()).thenReturn("SG");
        when(sg.getName()).thenReturn("Safeguarding");
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, sg, worker)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, help, worker)).thenReturn(true);
        when(readiness.ready(sg)).thenReturn(true);
        when(issues.newIssueInputParameters()).thenReturn(parameters);
        when(created.getKey()).thenReturn("SG-7");
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100")
                .withField("immediate-danger", "customfield_10200").withOption("immediate-danger", "no", 10300L)
                .withField("question.journey-arranged", "customfield_10201")
                .withOption("question.journey-arranged", "yes", 10301L)
                .withField("indicators-seen", "customfield_10202")
                .withOption("indicators-seen", "physical.neglected", 10302L)
                .withOption("indicators-seen", "physical.assault-injuries", 10303L)
                .withField("screening-notes", "customfield_10203"));
        raiser = new JiraConcernRaiser(TestUser.worker(), users, projects, permissions, readiness, issues,
                setupStore, new DangerAtRaise(issues, issueManager, reader), new PropertiesTexts());
    }

    @Test
    public void places_shouldOfferOnlyReadyProjectsTheUserMayCreateIn() {
        assertThat(raiser.places(), contains(new ConcernRaiser.Place("SG", "Safeguarding")));
    }

    @Test
    public void mayRaiseIn_shouldAskAboutTheOneProjectOnly() {
        assertThat(raiser.mayRaiseIn("SG"), is(true));
        assertThat(raiser.mayRaiseIn("HELP"), is(false));
        assertThat(raiser.mayRaiseIn("NOPE"), is(false));
        verify(projects, never()).getProjectObjects();
    }

    @Test
    public void raise_shouldCreateTheConcernThroughJiraWithEachAnswerAsJirasScreensSendIt() {
        IssueService.CreateValidationResult checked = new IssueService.CreateValidationResult(created, errors(),
                Map.of());
        IssueService.IssueResult done = new IssueService.IssueResult(created, errors());
        when(issues.validateCreate(worker, parameters)).thenReturn(checked);
        when(issues.create(worker, checked)).thenReturn(done);

        ConcernRaiser.Raised raised = raiser.raise("SG", "Car wash worker", new ScreeningValues(Screening.builder()
                .immediateDanger(Answer.NO).answer(Question.JOURNEY_ARRANGED, Answer.YES)
                .indicatorsSeen(List.of(Indicator.PHYSICAL_NEGLECTED, Indicator.PHYSICAL_ASSAULT_INJURIES)).build(),
                "Her boss holds her passport."));

        assertThat(raised.key(), is(Optional.of("SG-7")));
        verify(parameters).setProjectId(10000L);
        verify(parameters).setIssueTypeId("10100");
        verify(parameters).setSummary("Car wash worker");
        verify(parameters).setSkipScreenCheck(true);
        verify(parameters).addCustomFieldValue("customfield_10200", "10300");
        verify(parameters).addCustomFieldValue("customfield_10201", "10301");
        verify(parameters).addCustomFieldValue("customfield_10202", "10303", "10302");
        verify(parameters).addCustomFieldValue("customfield_10203", "Her boss holds her passport.");
    }

    /** Danger raised at once is urgent at once (issue 29): Immediate danger, as the worker, after Create. */
    @Test
    public void raise_shouldTakeAConcernWithDangerNowStraightToImmediateDangerAsTheWorker() {
        raisedWithDanger();
        ErrorCollection none = errors();
        IssueService.TransitionValidationResult allowed = new IssueService.TransitionValidationResult(created, none,
                Map.of(), Map.of(), DangerAtRaise.IMMEDIATE_DANGER);
        IssueService.IssueResult moved = new IssueService.IssueResult(created, none);
        when(issues.validateTransition(eq(worker), eq(77L), eq(DangerAtRaise.IMMEDIATE_DANGER), any()))
                .thenReturn(allowed);
        when(issues.transition(worker, allowed)).thenReturn(moved);

        ConcernRaiser.Raised raised = raiser.raise("SG", "In danger", new ScreeningValues(Screening.builder()
                .immediateDanger(Answer.YES).build(), ""));

        assertThat(raised.key(), is(Optional.of("SG-7")));
        assertThat(raised.urgent(), is(true));
        verify(issues).transition(worker, allowed);
    }

    /** A Jira that refuses the transition, or lacks the call, keeps the concern raised; its leads were told at Create. */
    @Test
    public void raise_shouldKeepTheConcernRaisedWhenJiraRefusesOrLacksTheTransition() {
        raisedWithDanger();
        IssueService.TransitionValidationResult notAllowed = new IssueService.TransitionValidationResult(created,
                errors("It is not a valid action.", Map.of()), Map.of(), Map.of(), DangerAtRaise.IMMEDIATE_DANGER);
        when(issues.validateTransition(eq(worker), eq(77L), eq(DangerAtRaise.IMMEDIATE_DANGER), any()))
                .thenReturn(notAllowed).thenThrow(new NoSuchMethodError("IssueService.validateTransition"));
        Screening inDanger = Screening.builder().immediateDanger(Answer.YES).build();

        ConcernRaiser.Raised refused = raiser.raise("SG", "In danger", new ScreeningValues(inDanger, ""));
        ConcernRaiser.Raised missing = raiser.raise("SG", "In danger", new ScreeningValues(inDanger, ""));

        assertThat(refused.key(), is(Optional.of("SG-7")));
        assertThat(refused.urgent(), is(false));
        assertThat(missing.key(), is(Optional.of("SG-7")));
        assertThat(missing.urgent(), is(false));
        verify(issues, never()).transition(any(), any());
    }

    /** Jira creates the concern; set-up made the "yes" option of immediate danger. */
    private void raisedWithDanger() {
        ErrorCollection none = errors();
        IssueService.CreateValidationResult checked = new IssueService.CreateValidationResult(created, none,
                Map.of());
        IssueService.IssueResult done = new IssueService.IssueResult(created, none);
        when(issues.validateCreate(worker, parameters)).thenReturn(checked);
        when(issues.create(worker, checked)).thenReturn(done);
        when(created.getId()).thenReturn(77L);
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100")
                .withField("immediate-danger", "customfield_10200").withOption("immediate-danger", "yes", 10304L));
    }

    @Test
    public void raise_shouldGiveJirasReasonsWhenItRefusesTheConcern() {
        IssueService.CreateValidationResult refused = new IssueService.CreateValidationResult(created,
                errors("You do not have permission to set the reporter.", Map.of("summary", "Summary is required")),
                Map.of());
        when(issues.validateCreate(worker, parameters)).thenReturn(refused);

        ConcernRaiser.Raised raised = raiser.raise("SG", "", new ScreeningValues(Screening.builder().build(), null));

        assertThat(raised.key(), is(Optional.empty()));
        assertThat(raised.problems(), contains("You do not have permission to set the reporter.",
                "summary: Summary is required"));
        verify(issues, never()).create(any(), any());
    }

    @Test
    public void raise_shouldRefuseAProjectThatIsNotReadyOrNotTheUsersToCreateIn() {
        ConcernRaiser.Raised notReady = raiser.raise("HELP", "x", new ScreeningValues(Screening.builder().build(),
                null));
        ConcernRaiser.Raised unknown = raiser.raise("NOPE", "x", new ScreeningValues(Screening.builder().build(),
                null));

        assertThat(notReady.problems(), contains("You cannot raise a concern in HELP. Choose one of the projects "
                + "offered, or ask your Jira administrator."));
        assertThat(unknown.key(), is(Optional.empty()));
        verify(issues, never()).validateCreate(any(), any());
    }

    @Test
    public void raise_shouldNameADateItCannotGiveJiraAndAnAnswerJiraHasNoOptionFor() {
        ConcernRaiser.Raised raised = raiser.raise("SG", "x", new ScreeningValues(Screening.builder()
                .dateOfBirth(LocalDate.of(2010, 1, 1)).immediateDanger(Answer.YES).build(), null));

        assertThat(raised.problems(), contains("Immediate danger has no choice \"yes\" in Jira. Ask your Jira "
                + "administrator to run the app's set-up again.", "Date of birth: record this date on the case once "
                + "it is raised."));
        verify(issues, never()).validateCreate(any(), any());
        verify(parameters, never()).addCustomFieldValue(anyString(), any(String[].class));
    }

    private static ErrorCollection errors() {
        return errors(null, Map.of());
    }

    private static ErrorCollection errors(String message, Map<String, String> byField) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(message == null ? List.of() : List.of(message));
        when(errors.getErrors()).thenReturn(byField);
        when(errors.hasAnyErrors()).thenReturn(message != null || !byField.isEmpty());
        return errors;
    }
}
