package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.sameInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.PropertiesTexts;

public class IssueTypeSetupTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueTypeManager issueTypeManager;
    @Mock
    private AvatarManager avatarManager;
    @Mock
    private IssueType concern;
    @Mock
    private Avatar avatar;

    private final InMemorySetupStore store = new InMemorySetupStore();

    @Test
    public void ensure_shouldCreateTheIssueTypeWithItsOwnIcon() throws Exception {
        when(avatarManager.create(eq("safeguarding-concern.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE),
                any(), any(), eq(null))).thenReturn(avatar);
        when(avatar.getId()).thenReturn(321L);
        when(issueTypeManager.createIssueType(eq("Safeguarding concern"), anyString(), eq(321L))).thenReturn(concern);
        when(concern.getId()).thenReturn("10100");
        SetupRecorder recorder = new SetupRecorder(store);

        IssueType created = setup().ensure(recorder);

        assertThat(created, sameInstance(concern));
        assertThat(store.load().issueType(), equalTo(Optional.of("10100")));
        assertThat(recorder.report().created(), contains("issue type Safeguarding concern"));
    }

    @Test
    public void ensure_shouldFallBackToJirasDefaultIconWhenTheIconCannotBeStored() throws Exception {
        when(avatarManager.create(anyString(), anyString(), any(), any(), any(), any()))
                .thenThrow(new IOException("disk full"));
        when(avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(10300L);
        when(issueTypeManager.createIssueType(anyString(), anyString(), eq(10300L))).thenReturn(concern);
        when(concern.getId()).thenReturn("10100");

        assertThat(setup().ensure(new SetupRecorder(store)), sameInstance(concern));
    }

    @Test
    public void ensure_shouldFindTheIssueTypeItRecorded() {
        store.save(SetupIds.none().withIssueType("10100"));
        when(issueTypeManager.getIssueType("10100")).thenReturn(concern);
        when(concern.getId()).thenReturn("10100");
        when(concern.getName()).thenReturn("Safeguarding concern (renamed)");
        SetupRecorder recorder = new SetupRecorder(store);

        assertThat(setup().ensure(recorder), sameInstance(concern));
        verify(issueTypeManager, never()).createIssueType(anyString(), anyString(), anyLong());
        assertThat(recorder.report().created(), empty());
    }

    @Test
    public void ensure_shouldAdoptAnIssueTypeOfTheSameNameWhenTheRecordIsLost() {
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(concern));
        when(concern.getName()).thenReturn("Safeguarding concern");
        when(concern.getId()).thenReturn("10200");

        setup().ensure(new SetupRecorder(store));

        verify(issueTypeManager, never()).createIssueType(anyString(), anyString(), anyLong());
        assertThat(store.load().issueType(), equalTo(Optional.of("10200")));
    }

    private IssueTypeSetup setup() {
        return new IssueTypeSetup(issueTypeManager, avatarManager, new PropertiesTexts());
    }
}
