package org.safeguarding.jira.leads;

import java.util.List;
import org.safeguarding.referral.StaffMember;

/** Whether a group or project role exists, so a mistyped name is refused instead of making nobody a lead. */
public interface LeadNames {
    boolean groupExists(String name);

    boolean projectRoleExists(String name);

    /** The names of the group's members, sorted, so an admin sees whom naming it makes leads; empty for none. */
    List<String> groupMembers(String name);

    /** The group's members as people, by user key and display name, for lists that must tell them apart. */
    List<StaffMember> people(String name);

    /** Every project role's name, sorted, for the administrator to pick from; empty when Jira cannot say. */
    List<String> projectRoles();
}
