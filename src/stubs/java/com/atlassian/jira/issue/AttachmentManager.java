// Source: jira-api com.atlassian.jira.issue.AttachmentManager: List<Attachment> getAttachments(Issue) and
// void deleteAttachment(Attachment) throws RemoveException, as public plugins and scripts call them (the search tool).
// Subset.
package com.atlassian.jira.issue;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.attachment.Attachment;
import java.util.List;

public interface AttachmentManager {
    List<Attachment> getAttachments(Issue issue);

    void deleteAttachment(Attachment attachment) throws RemoveException;
}
