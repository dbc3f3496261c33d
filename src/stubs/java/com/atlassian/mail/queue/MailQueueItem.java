// Source: atlassian-mail com.atlassian.mail.queue.MailQueueItem, what MailQueue.addItem takes
// (shared/reference/jira-wave2-apis.md §2). Only its type is used here.
package com.atlassian.mail.queue;

public interface MailQueueItem {
}
