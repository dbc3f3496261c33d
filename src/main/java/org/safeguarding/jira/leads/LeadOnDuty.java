package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;

/** Whom a new concern goes to: its project's lead on duty, where the organisation chose that. */
public interface LeadOnDuty {
    /**
     * @return the lead on duty for the new case's project, when the organisation assigns new concerns to them and
     *         they lead this case; empty otherwise
     */
    Optional<ApplicationUser> forNewCase(Issue issue);
}
