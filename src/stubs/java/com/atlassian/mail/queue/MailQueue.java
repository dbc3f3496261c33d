// Source: atlassian-mail com.atlassian.mail.queue.MailQueue: void addItem(MailQueueItem), Jira's outgoing mail queue,
// which sends nothing while outgoing mail is switched off (shared/reference/jira-wave2-apis.md §2) [likely]. Subset.
package com.atlassian.mail.queue;

public interface MailQueue {
    void addItem(MailQueueItem item);
}
