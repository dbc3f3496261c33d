// Source: jira-api com.atlassian.jira.issue.attachment.Attachment, as AttachmentManager.getAttachments returns it.
// Subset: the plugin reads nothing from it.
package com.atlassian.jira.issue.attachment;

public interface Attachment {
}
