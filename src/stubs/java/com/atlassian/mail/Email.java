// Source: atlassian-mail com.atlassian.mail.Email: Email(String to) and setters that return the Email (setSubject,
// setBody, setMimeType), as a public decompile of a recent atlassian-mail shows (the search tool) and public Jira
// plugins use them (shared/reference/jira-wave2-apis.md §2) [confirmed for atlassian-mail]. Subset.
package com.atlassian.mail;

public class Email {
    private final String to;
    private String subject;
    private String body;
    private String mimeType;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }
}
