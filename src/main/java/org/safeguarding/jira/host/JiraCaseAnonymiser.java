package org.safeguarding.jira.host;

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
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.user.util.UserManager;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.setup.CaseFields;
import org.safeguarding.jira.setup.SetupIds;
import org.safeguarding.jira.setup.SetupStore;
import org.safeguarding.jira.web.CaseAnonymiser;
import org.safeguarding.jira.web.CurrentUser;

/**
 * Anonymises a case's Jira issue. The fields change through {@code updateIssue} without an event or e-mail (either
 * would carry the old values to people's inboxes); comments change without an event; attachments go. Each of these
 * leaves change history holding the old values, so the issue's whole change history is removed last, and the issue
 * reindexed so that searches no longer find the old values either.
 */
@Named
public class JiraCaseAnonymiser implements CaseAnonymiser {
    private final IssueManager issues;
    private final CustomFieldManager customFields;
    private final CommentManager comments;
    private final AttachmentManager attachments;
    private final ChangeHistoryManager history;
    private final IssueIndexingService indexing;
    private final SetupStore setupStore;
    private final CurrentUser currentUser;
    private final UserManager users;

    @Inject
    public JiraCaseAnonymiser(IssueManager issues, CustomFieldManager customFields, CommentManager comments,
                              AttachmentManager attachments, ChangeHistoryManager history,
                              IssueIndexingService indexing, SetupStore setupStore, CurrentUser currentUser,
                              UserManager users) {
        this.issues = issues;
        this.customFields = customFields;
        this.comments = comments;
        this.attachments = attachments;
        this.history = history;
        this.indexing = indexing;
        this.setupStore = setupStore;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public boolean isClosed(String issueKey) {
        return issues.getIssueObject(issueKey).getResolution() != null;
    }

    @Override
    public void anonymise(String issueKey, Markers markers) throws Unfinished {
        MutableIssue issue = issues.getIssueObject(issueKey);
        replaceFields(issue, markers);
        issues.updateIssue(users.getUserByKey(currentUser.key().orElseThrow()), issue,
                EventDispatchOption.DO_NOT_DISPATCH, false);
        for (Comment comment : comments.getComments(issue)) {
            MutableComment mutable = comments.getMutableComment(comment.getId());
            mutable.setBody(markers.field());
            comments.update(mutable, false);
        }
        try {
            for (Attachment attachment : attachments.getAttachments(issue)) {
                attachments.deleteAttachment(attachment);
            }
        } catch (RemoveException e) {
            throw new Unfinished("Jira could not remove an attachment: " + e.getMessage(), e);
        }
        history.removeAllChangeItems(issue);
        try {
            indexing.reIndex(issue);
        } catch (IndexException e) {
            throw new Unfinished("Jira could not reindex the case: " + e.getMessage(), e);
        }
    }

    private void replaceFields(MutableIssue issue, Markers markers) {
        issue.setSummary(markers.summary());
        issue.setDescription(markers.description());
        SetupIds ids = setupStore.load();
        for (String key : CaseFields.PERSONAL) {
            CustomField field = ids.field(key).map(customFields::getCustomFieldObject).orElse(null);
            if (field != null && issue.getCustomFieldValue(field) != null) {
                issue.setCustomFieldValue(field, CaseFields.anonymised(key, markers.field()));
            }
        }
    }
}
