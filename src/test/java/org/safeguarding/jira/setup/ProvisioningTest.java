package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.jira.web.PropertiesTexts;

public class ProvisioningTest {
    private final FakeJiraFields jira = new FakeJiraFields();
    private final InMemorySetupStore store = new InMemorySetupStore();
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    private final AvatarManager avatarManager = mock(AvatarManager.class);
    private final IssueType concern = mock(IssueType.class);
    private final ScreenSetup screenSetup = mock(ScreenSetup.class);
    private final ResolutionSetup resolutionSetup = mock(ResolutionSetup.class);
    private final WorkflowSetup workflowSetup = mock(WorkflowSetup.class);
    private final ConfidentialSetup confidentialSetup = mock(ConfidentialSetup.class);
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
        provisioning = new Provisioning(new SetupLock(locks), store, new IssueTypeSetup(issueTypeManager, avatarManager, texts),
                new FieldSetup(jira.customFieldManager, jira.optionsManager, texts), screenSetup, resolutionSetup,
                workflowSetup, confidentialSetup);
    }

    @Test
    public void run_shouldCreateTheIssueTypeAndEveryCaseField() {
        SetupReport report = provisioning.run();

        assertThat(report.problems(), empty());
        assertThat(jira.fields.values(), hasSize(CaseFields.ALL.size() + 1));
        verify(screenSetup).ensure(any(SetupRecorder.class));
        verify(resolutionSetup).ensure(any(SetupRecorder.class));
        verify(workflowSetup).ensure(eq("10100"), any(SetupRecorder.class));
        verify(confidentialSetup).ensure(any(SetupRecorder.class));
        verify(lock).unlock();
    }

    @Test
    public void run_shouldCreateNothingTheSecondTime() {
        provisioning.run();

        SetupReport again = provisioning.run();

        assertThat(again.created(), empty());
        assertThat(again.found(), not(empty()));
        assertThat(jira.fields.values(), hasSize(CaseFields.ALL.size() + 1));
        verify(issueTypeManager).createIssueType(anyString(), anyString(), any());
    }

    @Test
    public void run_shouldLeaveSetUpToTheNodeThatHoldsTheLock() throws Exception {
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);

        SetupReport report = provisioning.run();

        assertThat(report.isComplete(), is(false));
        assertThat(jira.fields.values(), empty());
        verify(lock, never()).unlock();
    }

    @Test
    public void run_shouldReleaseTheLockWhenSetUpFails() {
        when(issueTypeManager.createIssueType(anyString(), anyString(), any())).thenThrow(new IllegalStateException("x"));

        try {
            provisioning.run();
        } catch (IllegalStateException expected) {
            verify(lock).unlock();
            return;
        }
        throw new AssertionError("the failure should reach the caller");
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

    @Test
    public void caseFields_shouldHaveUniqueKeys() {
        List<String> keys = CaseFields.ALL.stream().map(CaseField::key).toList();

        assertThat(keys.stream().distinct().toList(), hasSize(keys.size()));
    }
}
