package org.safeguarding.jira.enablement;

/**
 * A project for safeguarding alone, as the admin asks for it: its key and name, its lead (a Jira username, or null
 * for the admin asking) and the Jira group of the staff who raise concerns, who may browse it and create concerns in
 * it.
 */
public record NewProject(String key, String name, String lead, String raisers) {
}
