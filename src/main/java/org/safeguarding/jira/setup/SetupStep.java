package org.safeguarding.jira.setup;

/**
 * The parts of set-up, each run on its own so one that Jira refuses (or that finds part of Jira's API missing) never
 * stops the others. Each has a name and what an admin can do by hand instead, in the i18n file.
 */
public enum SetupStep {
    ISSUE_TYPE("issue-type"),
    FIELDS("fields"),
    SCREENS("screens"),
    RESOLUTIONS("resolutions"),
    EVENT("event"),
    LINK_TYPE("link-type"),
    WORKFLOW("workflow"),
    WORKFLOW_UPGRADE("workflow-upgrade"),
    CONFIDENTIAL("confidential");

    private final String id;
    private final String labelKey;

    SetupStep(String id) {
        this.id = id;
        this.labelKey = "safeguarding.setup.step." + id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** What an admin can do in Jira's own administration instead, when this step cannot run. */
    public String manualKey() {
        return labelKey() + ".manual";
    }
}
