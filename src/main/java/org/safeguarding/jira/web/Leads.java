package org.safeguarding.jira.web;

/** Who counts as a safeguarding lead: the people who may refer, close and reopen a case. */
public interface Leads {
    boolean isLead(String userKey);
}
