package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.AgeGroup;

public class JiraCasesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.STRICT_STUBS);

    @Mock
    private UserManager userManager;
    @Mock
    private IssueManager issueManager;
    @Mock
    private PermissionManager permissionManager;
    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private SetupStore setupStore;
    @Mock
    private CommentManager commentManager;
    @Mock
    private ApplicationUser worker;
    @Mock
    private MutableIssue issue;
    @Mock
    private IssueType issueType;

    private final TestUser user = TestUser.worker();
    private final Set<String> leadsOfSg1 = new HashSet<>();
    private JiraCases cases;

    @Before
    public void setUp() {
        cases = new JiraCases(user, userManager, issueManager, permissionManager,
                new JiraCaseReader(customFieldManager, setupStore, commentManager),
                (userKey, lead) -> lead == issue && leadsOfSg1.contains(userKey));
    }

    @Test
    public void find_shouldNotLookAtAnyIssueForSomeoneNotLoggedIn() {
        user.anonymous();

        assertThat(cases.find("SG-1").status(), is(CaseLookup.Status.NOT_VISIBLE));
        verifyNoInteractions(permissionManager, customFieldManager, setupStore);
    }

    @Test
    public void find_shouldHideACaseTheUserMayNotBrowseAndReadNothingOfIt() {
        when(userManager.getUserByKey("worker")).thenReturn(worker);
        when(issueManager.getIssueObject("SG-1")).thenReturn(issue);

        assertThat(cases.find("SG-1").status(), is(CaseLookup.Status.NOT_VISIBLE));
        verifyNoInteractions(customFieldManager, setupStore);
    }

    @Test
    public void find_shouldAnswerTheSameForAnIssueThatDoesNotExist() {
        when(userManager.getUserByKey("worker")).thenReturn(worker);

        assertThat(cases.find("SG-404").status(), is(CaseLookup.Status.NOT_VISIBLE));
    }

    @Test
    public void find_shouldSayWhenAVisibleIssueIsNotASafeguardingConcern() {
        canBrowse();
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(issueType.getId()).thenReturn("10001");

        assertThat(cases.find("SG-1").status(), is(CaseLookup.Status.NOT_A_CASE));
    }

    @Test
    public void find_shouldSayWhereTheCaseIsByItsStatusAndNothingForAnotherWorkflowsStatus() {
        canBrowse();
        Status referred = org.mockito.Mockito.mock(Status.class);
        when(referred.getId()).thenReturn("10005", "3");
        when(issue.getStatus()).thenReturn(referred);
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100")
                .withStatus(ReferralStep.CONCERN_RAISED.id(), "10001").withStatus(ReferralStep.REFERRED.id(), "10005"));
        when(issueType.getId()).thenReturn("10100");

        assertThat(cases.find("SG-1").progress().map(CaseProgress::step), is(Optional.of(ReferralStep.REFERRED)));
        assertThat(cases.find("SG-1").progress(), is(Optional.empty()));
    }

    @Test
    public void find_shouldReadTheCaseFromItsFields() {
        canBrowse();
        CustomField ageGroup = org.mockito.Mockito.mock(CustomField.class);
        Option underEighteen = org.mockito.Mockito.mock(Option.class);
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100")
                .withField(CaseFields.AGE_GROUP, "customfield_10200")
                .withOption(CaseFields.AGE_GROUP, AgeGroup.UNDER_18.id(), 10301L));
        when(issueType.getId()).thenReturn("10100");
        when(customFieldManager.getCustomFieldObject("customfield_10200")).thenReturn(ageGroup);
        when(issue.getCustomFieldValue(ageGroup)).thenReturn(underEighteen);
        when(underEighteen.getOptionId()).thenReturn(10301L);

        CaseLookup lookup = cases.find("SG-1");

        assertThat(lookup.status(), is(CaseLookup.Status.FOUND));
        assertThat(lookup.screening().ageGroup(), equalTo(Optional.of(AgeGroup.UNDER_18)));
    }

    @Test
    public void isVisibleCase_shouldCheckPermissionAndIssueTypeAndReadNoField() {
        canBrowse();
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(issueType.getId()).thenReturn("10100", "10001");
        when(issue.getKey()).thenReturn("SG-1");

        assertThat(cases.isVisibleCase("SG-1"), is(true));
        assertThat(cases.isVisibleCase("SG-1"), is(false));
        verifyNoInteractions(customFieldManager);
    }

    @Test
    public void visibleCaseKey_shouldBeTheKeyOfTheIssueJiraFoundNotTheKeyAsTyped() {
        when(userManager.getUserByKey("worker")).thenReturn(worker);
        when(issueManager.getIssueObject("OLD-7")).thenReturn(issue);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, worker)).thenReturn(true);
        when(issue.getIssueType()).thenReturn(issueType);
        when(issue.getKey()).thenReturn("SG-1");
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(issueType.getId()).thenReturn("10100");

        assertThat(cases.visibleCaseKey("OLD-7"), is(Optional.of("SG-1")));
        verifyNoInteractions(customFieldManager);
    }

    @Test
    public void isVisibleCase_shouldBeFalseForAnIssueTheUserMayNotBrowse() {
        when(userManager.getUserByKey("worker")).thenReturn(worker);
        when(issueManager.getIssueObject("SG-1")).thenReturn(issue);

        assertThat(cases.isVisibleCase("SG-1"), is(false));
        verifyNoInteractions(setupStore, customFieldManager);
    }

    @Test
    public void leads_shouldBeTrueOnlyForALeadWhoMayBrowseTheCase() {
        canBrowse();
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(issueType.getId()).thenReturn("10100");

        assertThat(cases.leads("SG-1"), is(false));
        leadsOfSg1.add("worker");
        assertThat(cases.leads("SG-1"), is(true));
        verifyNoInteractions(customFieldManager);
    }

    @Test
    public void leads_shouldBeFalseForACaseTheLeadMayNotBrowseOrForSomeoneNotLoggedIn() {
        leadsOfSg1.add("worker");
        when(userManager.getUserByKey("worker")).thenReturn(worker);
        when(issueManager.getIssueObject("SG-1")).thenReturn(issue);

        assertThat(cases.leads("SG-1"), is(false));
        user.anonymous();
        assertThat(cases.leads("SG-1"), is(false));
    }

    @Test
    public void forLead_shouldGiveTheCasesLeadItsRecordAndAnyoneElseNothing() {
        canBrowse();
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(issueType.getId()).thenReturn("10100");

        assertThat(cases.forLead("SG-1").isPresent(), is(false));
        leadsOfSg1.add("worker");
        when(issue.getKey()).thenReturn("SG-1");
        when(issue.getSummary()).thenReturn("Concern at the shelter");
        when(issue.getDescription()).thenReturn("Met at the drop-in.");
        Comment comment = org.mockito.Mockito.mock(Comment.class);
        when(comment.getAuthorFullName()).thenReturn("Ann Worker");
        Date written = Date.from(Instant.parse("2026-11-28T17:05:00Z"));
        when(comment.getCreated()).thenReturn(written);
        when(comment.getBody()).thenReturn("Said her passport is kept by the boss.");
        when(commentManager.getComments(issue)).thenReturn(List.of(comment));
        CaseRecord record = cases.forLead("SG-1").orElseThrow();

        assertThat(record.key(), is("SG-1"));
        assertThat(record.summary(), is("Concern at the shelter"));
        assertThat(record.description(), is("Met at the drop-in."));
        assertThat(record.notes(), contains(new CaseRecord.Note("Ann Worker",
                LocalDateTime.ofInstant(written.toInstant(), ZoneId.systemDefault()),
                "Said her passport is kept by the boss.")));
    }

    private void canBrowse() {
        when(userManager.getUserByKey("worker")).thenReturn(worker);
        when(issueManager.getIssueObject("SG-1")).thenReturn(issue);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, worker)).thenReturn(true);
        when(issue.getIssueType()).thenReturn(issueType);
    }
}
