package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import org.safeguarding.referral.LeadAlert;

/** Tells a case's safeguarding leads at once that something happened to it, with no personal data. */
public interface LeadAlerts {
    /** @return the names of the leads told, in order; none when no lead can be told */
    List<String> tell(Issue issue, LeadAlert alert);
}
