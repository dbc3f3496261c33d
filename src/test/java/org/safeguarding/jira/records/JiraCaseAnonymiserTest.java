package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.comments.MutableComment;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingParams;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.TestUser;

public class JiraCaseAnonymiserTest {
    private static final CaseAnonymiser.Markers MARKERS = new CaseAnonymiser.Markers("[Anonymised]",
            "Anonymised safeguarding case", "Removed on 1 Feb 2033 by Lee Lead.");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueManager issues;
    @Mock
    private CustomFieldManager customFields;
    @Mock
    private CommentManager comments;
    @Mock
    private AttachmentManager attachments;
    @Mock
    private ChangeHistoryManager history;
    @Mock
    private IssueIndexingService indexing;
    @Mock
    private SetupStore setupStore;
    @Mock
    private UserManager users;
    @Mock
    private LabelManager labels;
    @Mock
    private WorklogManager worklogs;
    @Mock
    private IssueLinkManager links;
    @Mock
    private RemoteIssueLinkManager remoteLinks;
    @Mock
    private JsonEntityPropertyManager properties;
    @Mock
    private MutableIssue issue;
    @Mock
    private ApplicationUser lead;
    @Mock
    private CustomField nationality;
    @Mock
    private CustomField dateOfBirth;
    @Mock
    private CustomField build;
    @Mock
    private CustomField ageGroup;

    private JiraCaseAnonymiser anonymiser;

    @Before
    public void setUp() {
        when(issues.getIssueObject("SG-1")).thenReturn(issue);
        when(users.getUserByKey("lead")).thenReturn(lead);
        when(setupStore.load()).thenReturn(SetupIds.none()
                .withField(CaseFields.NATIONALITY, "customfield_1")
                .withField(CaseFields.DATE_OF_BIRTH, "customfield_2")
                .withField(CaseFields.BUILD, "customfield_3")
                .withField(CaseFields.AGE_GROUP, "customfield_4"));
        when(customFields.getCustomFieldObject("customfield_1")).thenReturn(nationality);
        when(customFields.getCustomFieldObject("customfield_2")).thenReturn(dateOfBirth);
        when(customFields.getCustomFieldObject("customfield_3")).thenReturn(build);
        when(issue.getCustomFieldValue(nationality)).thenReturn("Albanian");
        when(issue.getCustomFieldValue(dateOfBirth)).thenReturn(new Date());
        anonymiser = new JiraCaseAnonymiser(issues, customFields, comments, attachments, history, indexing,
                setupStore, TestUser.worker().lead(), users, labels, worklogs, links, remoteLinks, properties);
    }

    @Test
    public void anonymise_shouldReplaceTheDetailsQuietlyThenRemoveTheHistoryThatHoldsTheOldValues() throws Exception {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(7L);
        MutableComment editable = mock(MutableComment.class);
        when(comments.getComments(issue)).thenReturn(List.of(comment));
        when(comments.getMutableComment(7L)).thenReturn(editable);
        Attachment photo = mock(Attachment.class);
        when(attachments.getAttachments(issue)).thenReturn(List.of(photo));
        when(issue.getId()).thenReturn(10001L);
        when(issue.getEnvironment()).thenReturn("Staying at 12 Mill Lane");
        when(labels.getLabels(10001L)).thenReturn(Set.of(new Label()));
        Worklog visit = mock(Worklog.class);
        when(worklogs.getByIssue(issue)).thenReturn(List.of(visit));
        RemoteIssueLink page = mock(RemoteIssueLink.class);
        when(page.getId()).thenReturn(55L);
        when(remoteLinks.getRemoteIssueLinksForIssue(issue)).thenReturn(List.of(page));

        anonymiser.anonymise("SG-1", MARKERS);

        InOrder order = inOrder(issue, issues, editable, comments, properties, labels, worklogs, links, remoteLinks,
                attachments, history, indexing);
        order.verify(issue).setSummary("Anonymised safeguarding case");
        order.verify(issue).setDescription("Removed on 1 Feb 2033 by Lee Lead.");
        order.verify(issue).setEnvironment("[Anonymised]");
        order.verify(issue).setCustomFieldValue(dateOfBirth, null);
        order.verify(issue).setCustomFieldValue(nationality, "[Anonymised]");
        order.verify(issues).updateIssue(lead, issue, EventDispatchOption.DO_NOT_DISPATCH, false);
        order.verify(editable).setBody("[Anonymised]");
        order.verify(comments).update(editable, false);
        order.verify(properties).deleteByEntity("CommentProperty", 7L);
        order.verify(labels).setLabels(lead, 10001L, Set.of(), false, false);
        order.verify(worklogs).delete(lead, visit, null, false);
        order.verify(links).removeIssueLinks(issue, lead);
        order.verify(remoteLinks).removeRemoteIssueLink(55L, lead);
        order.verify(properties).deleteByEntity("IssueProperty", 10001L);
        order.verify(attachments).deleteAttachment(photo);
        order.verify(history).removeAllChangeItems(issue);
        order.verify(indexing).reIndex(issue, IssueIndexingParams.INDEX_ALL);
        verify(issue, never()).setCustomFieldValue(build, "[Anonymised]");
        verify(customFields, never()).getCustomFieldObject("customfield_4");
    }

    @Test
    public void anonymise_shouldRemoveTheAppsOldPropertyByItsKeyWhenJiraLeftIt() throws Exception {
        when(issue.getId()).thenReturn(10001L);
        when(properties.get("IssueProperty", 10001L, "org.safeguarding.leads-told"))
                .thenReturn(mock(EntityProperty.class), (EntityProperty) null);

        anonymiser.anonymise("SG-1", MARKERS);

        InOrder order = inOrder(properties, indexing);
        order.verify(properties).deleteByEntity("IssueProperty", 10001L);
        order.verify(properties).delete("IssueProperty", 10001L, "org.safeguarding.leads-told");
        order.verify(indexing).reIndex(issue, IssueIndexingParams.INDEX_ALL);
    }

    @Test
    public void anonymise_shouldSayItIsUnfinishedWhileThePropertyStaysOnTheCase() throws Exception {
        when(issue.getId()).thenReturn(10001L);
        when(properties.get("IssueProperty", 10001L, "org.safeguarding.leads-told"))
                .thenReturn(mock(EntityProperty.class));

        CaseAnonymiser.Unfinished unfinished = assertThrows(CaseAnonymiser.Unfinished.class,
                () -> anonymiser.anonymise("SG-1", MARKERS));

        assertThat(unfinished.getMessage(), is("Jira kept the app's property org.safeguarding.leads-told on the case"));
        verify(indexing, never()).reIndex(any(), any());
    }

    @Test
    public void anonymise_shouldLeaveAnEmptyEnvironmentAndNoLabelsAlone() throws Exception {
        when(issue.getId()).thenReturn(10001L);

        anonymiser.anonymise("SG-1", MARKERS);

        verify(issue, never()).setEnvironment(any());
        verify(labels, never()).setLabels(any(), any(), any(), anyBoolean(), anyBoolean());
    }

    @Test
    public void subTaskKeys_shouldNameTheCasesSubTasks() {
        MutableIssue visit = mock(MutableIssue.class);
        when(visit.getKey()).thenReturn("SG-2");
        when(issue.getSubTaskObjects()).thenReturn(List.of(visit));

        assertThat(anonymiser.subTaskKeys("SG-1"), is(List.of("SG-2")));
    }

    @Test
    public void anonymise_shouldSayItStoppedWhenJiraCannotRemoveAnAttachmentAndKeepTheHistoryUntilItFinishes()
            throws Exception {
        Attachment photo = mock(Attachment.class);
        when(attachments.getAttachments(issue)).thenReturn(List.of(photo));
        doThrow(new RemoveException("file locked")).when(attachments).deleteAttachment(photo);

        CaseAnonymiser.Unfinished stopped = assertThrows(CaseAnonymiser.Unfinished.class,
                () -> anonymiser.anonymise("SG-1", MARKERS));

        assertThat(stopped.getMessage(), is("Jira could not remove an attachment: file locked"));
        verify(history, never()).removeAllChangeItems(any());
    }

    @Test
    public void anonymise_shouldSayItStoppedWhenJiraCannotReindexTheCase() throws Exception {
        doThrow(new IndexException("index closed")).when(indexing).reIndex(issue, IssueIndexingParams.INDEX_ALL);

        CaseAnonymiser.Unfinished stopped = assertThrows(CaseAnonymiser.Unfinished.class,
                () -> anonymiser.anonymise("SG-1", MARKERS));

        assertThat(stopped.getMessage(), is("Jira could not reindex the case: index closed"));
        verify(history).removeAllChangeItems(issue);
    }

    @Test
    public void isClosed_shouldBeTrueOnlyForACaseWithAResolution() {
        assertThat(anonymiser.isClosed("SG-1"), is(false));

        when(issue.getResolution()).thenReturn(mock(Resolution.class));

        assertThat(anonymiser.isClosed("SG-1"), is(true));
    }
}
