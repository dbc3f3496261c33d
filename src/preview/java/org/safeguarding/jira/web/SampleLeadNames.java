package org.safeguarding.jira.web;

import java.util.List;

/** A Jira with one group and one project role that suit safeguarding leads, for the preview host and the tests. */
public final class SampleLeadNames implements LeadNames {
    public static final String GROUP = "safeguarding-leads";
    public static final String PROJECT_ROLE = "Safeguarding lead";

    @Override
    public boolean groupExists(String name) {
        return GROUP.equals(name);
    }

    /** The sample group holds the preview's lead. */
    @Override
    public List<String> groupMembers(String name) {
        return GROUP.equals(name) ? List.of("lead") : List.of();
    }

    @Override
    public boolean projectRoleExists(String name) {
        return PROJECT_ROLE.equals(name);
    }
}
