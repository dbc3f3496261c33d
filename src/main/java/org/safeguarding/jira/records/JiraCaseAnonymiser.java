package org.safeguarding.jira.records;

import com.atlassian.jira.entity.property.EntityPropertyType;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
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
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.CurrentUser;

/**
 * Anonymises a case's Jira issue. The fields (environment included) change through {@code updateIssue} without an
 * event or e-mail (either would carry the old values to people's inboxes); comments change without an event; labels,
 * work logged, links to issues and web pages, the issue's and comments' properties and the attachments go, each
 * without notifications. Each of these can leave change history holding the old values, so the issue's whole change
 * history is removed last, and the issue reindexed with its comments and work logs so that searches no longer find the
 * old values either. A case with sub-tasks is refused before this ({@link #subTaskKeys}).
 */
@Named
public class JiraCaseAnonymiser implements CaseAnonymiser {
    /** The issue property earlier versions kept when the leads were told in (now the app's own store). */
    static final String LEGACY_LEADS_TOLD = "org.safeguarding.leads-told";
    private final IssueManager issues;
    private final CustomFieldManager customFields;
    private final CommentManager comments;
    private final AttachmentManager attachments;
    private final ChangeHistoryManager history;
    private final IssueIndexingService indexing;
    private final SetupStore setupStore;
    private final CurrentUser currentUser;
    private final UserManager users;
    private final Associated associated;

    /** What else Jira keeps with an issue that can hold the person's details. */
    private record Associated(LabelManager labels, WorklogManager worklogs, IssueLinkManager links,
                             RemoteIssueLinkManager remoteLinks, JsonEntityPropertyManager properties) {
    }

    @Inject
    public JiraCaseAnonymiser(IssueManager issues, CustomFieldManager customFields, CommentManager comments,
                              AttachmentManager attachments, ChangeHistoryManager history,
                              IssueIndexingService indexing, SetupStore setupStore, CurrentUser currentUser,
                              UserManager users, LabelManager labels, WorklogManager worklogs, IssueLinkManager links,
                              RemoteIssueLinkManager remoteLinks, JsonEntityPropertyManager properties) {
        this.issues = issues;
        this.customFields = customFields;
        this.comments = comments;
        this.attachments = attachments;
        this.history = history;
        this.indexing = indexing;
        this.setupStore = setupStore;
        this.currentUser = currentUser;
        this.users = users;
        this.associated = new Associated(labels, worklogs, links, remoteLinks, properties);
    }

    @Override
    public boolean isClosed(String issueKey) {
        return issues.getIssueObject(issueKey).getResolution() != null;
    }

    @Override
    public List<String> subTaskKeys(String issueKey) {
        return issues.getIssueObject(issueKey).getSubTaskObjects().stream().map(Issue::getKey).toList();
    }

    @Override
    public void anonymise(String issueKey, Markers markers) throws Unfinished {
        MutableIssue issue = issues.getIssueObject(issueKey);
        ApplicationUser lead = users.getUserByKey(currentUser.key().orElseThrow());
        replaceFields(issue, markers);
        issues.updateIssue(lead, issue, EventDispatchOption.DO_NOT_DISPATCH, false);
        for (Comment comment : comments.getComments(issue)) {
            MutableComment mutable = comments.getMutableComment(comment.getId());
            mutable.setBody(markers.field());
            comments.update(mutable, false);
            associated.properties().deleteByEntity(EntityPropertyType.COMMENT_PROPERTY.getDbEntityName(),
                    comment.getId());
        }
        removeAssociated(issue, lead);
        removeOurProperty(issue);
        try {
            for (Attachment attachment : attachments.getAttachments(issue)) {
                attachments.deleteAttachment(attachment);
            }
        } catch (RemoveException e) {
            throw new Unfinished("Jira could not remove an attachment: " + e.getMessage(), e);
        }
        history.removeAllChangeItems(issue);
        try {
            indexing.reIndex(issue, IssueIndexingParams.INDEX_ALL);
        } catch (IndexException e) {
            throw new Unfinished("Jira could not reindex the case: " + e.getMessage(), e);
        }
    }

    /** Labels, work logged, links and the issue's properties: each removed with no event, e-mail or notification. */
    private void removeAssociated(Issue issue, ApplicationUser lead) {
        if (!associated.labels().getLabels(issue.getId()).isEmpty()) {
            associated.labels().setLabels(lead, issue.getId(), Set.of(), false, false);
        }
        for (Worklog worklog : associated.worklogs().getByIssue(issue)) {
            associated.worklogs().delete(lead, worklog, null, false);
        }
        associated.links().removeIssueLinks(issue, lead);
        for (RemoteIssueLink link : associated.remoteLinks().getRemoteIssueLinksForIssue(issue)) {
            associated.remoteLinks().removeRemoteIssueLink(link.getId(), lead);
        }
        associated.properties().deleteByEntity(EntityPropertyType.ISSUE_PROPERTY.getDbEntityName(), issue.getId());
    }

    /**
     * Earlier versions kept when the leads were told as an issue property: once Jira has removed the issue's
     * properties, make sure none of ours is left (removing it by its key, as Atlassian's own plugins do, if it is).
     */
    private void removeOurProperty(Issue issue) throws Unfinished {
        String issues = EntityPropertyType.ISSUE_PROPERTY.getDbEntityName();
        JsonEntityPropertyManager properties = associated.properties();
        if (properties.get(issues, issue.getId(), LEGACY_LEADS_TOLD) != null) {
            properties.delete(issues, issue.getId(), LEGACY_LEADS_TOLD);
        }
        if (properties.get(issues, issue.getId(), LEGACY_LEADS_TOLD) != null) {
            throw new Unfinished("Jira kept the app's property " + LEGACY_LEADS_TOLD + " on the case", null);
        }
    }

    private void replaceFields(MutableIssue issue, Markers markers) {
        issue.setSummary(markers.summary());
        issue.setDescription(markers.description());
        if (issue.getEnvironment() != null) {
            issue.setEnvironment(markers.field());
        }
        SetupIds ids = setupStore.load();
        for (String key : CaseFields.PERSONAL) {
            CustomField field = ids.field(key).map(customFields::getCustomFieldObject).orElse(null);
            if (field != null && issue.getCustomFieldValue(field) != null) {
                issue.setCustomFieldValue(field, CaseFields.anonymised(key, markers.field()));
            }
        }
    }
}
