package org.safeguarding.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.CaseLeadNames;

/** A case's leads as the app tells them: the named group's and project role's active members with an e-mail address. */
@Named
public class JiraCaseLeadNames implements CaseLeadNames {
    private final IssueManager issues;
    private final ConfiguredLeads leads;

    @Inject
    public JiraCaseLeadNames(IssueManager issues, ConfiguredLeads leads) {
        this.issues = issues;
        this.leads = leads;
    }

    @Override
    public List<String> of(String caseKey) {
        Issue issue = issues.getIssueObject(caseKey);
        return issue == null ? List.of() : leads.leadsToTell(issue).stream().map(ApplicationUser::getDisplayName)
                .toList();
    }
}
