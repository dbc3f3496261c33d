package org.safeguarding.jira.enablement;

import java.util.ArrayList;
import java.util.List;

/**
 * The permission scheme of a project for safeguarding alone: the leads work its cases, the staff who raise concerns
 * may create them and see what the confidential level lets them see (their own), and the project lead administers it.
 * Nobody else may browse it, so Jira's own lists, searches and e-mails hold no case for anyone outside.
 */
public final class ProjectGrants {
    /** Whom a grant names, as Jira's permission schemes store the holder's type. */
    public enum Holder {
        GROUP("group"),
        PROJECT_ROLE("projectrole"),
        PROJECT_LEAD("lead");

        private final String type;

        Holder(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    /** One project permission, by Jira's key, to one holder: a group's name, a role's id, or none for the lead. */
    public record Grant(String permission, Holder holder, String parameter) {
    }

    static final List<String> LEADS = List.of("BROWSE_PROJECTS", "CREATE_ISSUES", "EDIT_ISSUES", "TRANSITION_ISSUES",
            "RESOLVE_ISSUES", "CLOSE_ISSUES", "ASSIGN_ISSUES", "ASSIGNABLE_USER", "ADD_COMMENTS", "EDIT_OWN_COMMENTS",
            "CREATE_ATTACHMENTS", "LINK_ISSUES", "SET_ISSUE_SECURITY");
    static final List<String> RAISERS = List.of("BROWSE_PROJECTS", "CREATE_ISSUES", "ADD_COMMENTS",
            "EDIT_OWN_COMMENTS", "CREATE_ATTACHMENTS");
    static final List<String> PROJECT_LEAD = List.of("BROWSE_PROJECTS", "ADMINISTER_PROJECTS");

    private ProjectGrants() {
    }

    /**
     * @param leadsGroup the group the settings name as leads, or null
     * @param leadsRoleId the id of the project role the settings name as leads, or null
     * @param raisersGroup the group of the staff who raise concerns
     */
    public static List<Grant> of(String leadsGroup, String leadsRoleId, String raisersGroup) {
        List<Grant> grants = new ArrayList<>();
        if (leadsGroup != null) {
            LEADS.forEach(permission -> grants.add(new Grant(permission, Holder.GROUP, leadsGroup)));
        }
        if (leadsRoleId != null) {
            LEADS.forEach(permission -> grants.add(new Grant(permission, Holder.PROJECT_ROLE, leadsRoleId)));
        }
        RAISERS.forEach(permission -> grants.add(new Grant(permission, Holder.GROUP, raisersGroup)));
        PROJECT_LEAD.forEach(permission -> grants.add(new Grant(permission, Holder.PROJECT_LEAD, null)));
        return List.copyOf(grants);
    }
}
