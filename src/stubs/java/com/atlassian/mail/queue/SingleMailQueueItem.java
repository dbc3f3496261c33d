// Source: atlassian-mail com.atlassian.mail.queue.SingleMailQueueItem: SingleMailQueueItem(Email), as public plugins
// queue one message (shared/reference/jira-wave2-apis.md §2) [likely]. Subset; getEmail() lets tests read it.
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
