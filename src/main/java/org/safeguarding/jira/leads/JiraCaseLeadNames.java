package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A case's leads as the app tells them: the named group's and project role's active members with an e-mail address. */
@Named
public class JiraCaseLeadNames implements CaseLeadNames {
    private static final Logger LOG = LoggerFactory.getLogger(JiraCaseLeadNames.class);

    private final IssueManager issues;
    private final ConfiguredLeads leads;

    @Inject
    public JiraCaseLeadNames(IssueManager issues, ConfiguredLeads leads) {
        this.issues = issues;
        this.leads = leads;
    }

    @Override
    public Optional<List<String>> of(String caseKey) {
        try {
            Issue issue = issues.getIssueObject(caseKey);
            return Optional.of(issue == null ? List.of() : leads.leadsToTell(issue).stream()
                    .map(ApplicationUser::getDisplayName).toList());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not find the safeguarding leads of {}: {}", caseKey, e.toString());
            return Optional.empty();
        }
    }
}
