package org.safeguarding.jira.cases;

/** Whether the current user leads a case: may browse it and is one of its safeguarding leads. */
public interface CaseLeads {
    boolean leads(String issueKey);
}
