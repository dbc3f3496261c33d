package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.referral.AppSettings;

/**
 * Safeguarding concerns in Jira, checked against the user's Browse Projects permission before anything is read, and
 * who leads them.
 */
@Named
public class JiraCases implements Cases, CaseLeads, CaseRecords {
    private final CurrentUser currentUser;
    private final UserManager userManager;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraCaseReader reader;
    private final Leads leads;

    @Inject
    public JiraCases(CurrentUser currentUser, UserManager userManager, IssueManager issueManager,
                     PermissionManager permissionManager, JiraCaseReader reader, Leads leads) {
        this.currentUser = currentUser;
        this.userManager = userManager;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.reader = reader;
        this.leads = leads;
    }

    @Override
    public CaseLookup find(String issueKey) {
        return find(issueManager.getIssueObject(issueKey));
    }

    /** The issue Jira passed (or found by key), checked once; no look-up by key. */
    @Override
    public CaseLookup find(Issue shown) {
        return browsable(shown).map(issue -> reader.lookup(issue).orElseGet(CaseLookup::notACase))
                .orElseGet(CaseLookup::notVisible);
    }

    /** From the issue type alone: Jira shows an issue view only to someone who may browse it. */
    @Override
    public boolean isCaseShown(Issue shown) {
        return reader.isCase(shown);
    }

    @Override
    public boolean leadsShown(Issue shown, AppSettings named) {
        return currentUser.key().filter(user -> leads.isLead(user, shown, named)).isPresent();
    }

    /** Checks the permission and the issue type only, reading none of the case's fields. */
    @Override
    public Optional<String> visibleCaseKey(String issueKey) {
        return browsable(issueKey).filter(reader::isCase).map(Issue::getKey);
    }

    @Override
    public boolean leads(String issueKey) {
        return browsable(issueKey).filter(reader::isCase).filter(this::isLeadOf).isPresent();
    }

    @Override
    public Optional<CaseRecord> forLead(String issueKey) {
        return browsable(issueKey).filter(this::isLeadOf).flatMap(reader::record);
    }

    /** Only ever asked about an issue the current user may browse, so someone is logged in. */
    private boolean isLeadOf(Issue issue) {
        return leads.isLead(currentUser.key().orElseThrow(), issue);
    }

    private Optional<Issue> browsable(String issueKey) {
        return browsable(issueManager.getIssueObject(issueKey));
    }

    private Optional<Issue> browsable(Issue issue) {
        ApplicationUser user = currentUser.key().map(userManager::getUserByKey).orElse(null);
        if (user == null || issue == null
                || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        return Optional.of(issue);
    }
}
