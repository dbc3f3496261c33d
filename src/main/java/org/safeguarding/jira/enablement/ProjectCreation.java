package org.safeguarding.jira.enablement;

/**
 * Making a project for safeguarding alone, then enabling it. Jira's adapter calls Jira's project service and gives
 * the project schemes of its own; the preview host keeps its projects in memory. Callers check that the user is a Jira
 * administrator first.
 */
public interface ProjectCreation {
    Creation create(NewProject project);
}
