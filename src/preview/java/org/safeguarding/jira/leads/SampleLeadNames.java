package org.safeguarding.jira.leads;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguarding.referral.StaffMember;

/**
 * A Jira with a group and a project role that suit safeguarding leads beside the groups and roles every Jira has, for
 * the preview host and the tests.
 */
public final class SampleLeadNames implements LeadNames {
    public static final String GROUP = "safeguarding-leads";
    public static final String PROJECT_ROLE = "Safeguarding lead";
    /** Each group and its members: the sample group holds the preview's lead. */
    private static final Map<String, List<String>> GROUPS = Map.of(GROUP, List.of("lead"),
            "jira-administrators", List.of("admin"), "jira-software-users", List.of("admin", "lead", "worker"));
    private static final List<String> PROJECT_ROLES = List.of("Administrators", "Developers", PROJECT_ROLE);

    @Override
    public boolean groupExists(String name) {
        return GROUPS.containsKey(name);
    }

    @Override
    public List<String> groupMembers(String name) {
        return GROUPS.getOrDefault(name, List.of());
    }

    /** The preview's users are known by their keys. */
    @Override
    public List<StaffMember> people(String name) {
        return groupMembers(name).stream().map(key -> new StaffMember(key, key)).toList();
    }

    /** The groups whose names hold the query, whatever its case, sorted: what Jira's group picker finds. */
    public List<String> groupsMatching(String query) {
        String wanted = query.toLowerCase(Locale.ROOT);
        return GROUPS.keySet().stream().filter(name -> name.contains(wanted)).sorted().toList();
    }

    @Override
    public List<String> projectRoles() {
        return PROJECT_ROLES;
    }

    @Override
    public boolean projectRoleExists(String name) {
        return PROJECT_ROLES.contains(name);
    }
}
