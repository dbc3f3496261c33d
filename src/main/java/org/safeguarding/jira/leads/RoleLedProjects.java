package org.safeguarding.jira.leads;

import com.atlassian.sal.api.user.UserKey;
import java.util.List;

/** The projects someone leads by the project role the settings name: none while no role is named. */
public interface RoleLedProjects {
    /** The projects' keys, in key order. */
    List<String> projectKeys(UserKey user);
}
