package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.scheme.Scheme;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

/** The app's confidential level, for an issue whose project uses the app's issue security scheme; none otherwise. */
@Named
public class JiraConfidentialLevel implements ConfidentialLevel {
    private final IssueSecuritySchemeManager schemes;
    private final SetupStore setupStore;

    @Inject
    public JiraConfidentialLevel(IssueSecuritySchemeManager schemes, SetupStore setupStore) {
        this.schemes = schemes;
        this.setupStore = setupStore;
    }

    @Override
    public Optional<Long> levelFor(Issue issue) {
        SetupIds ids = setupStore.load();
        Scheme projects = issue.getProjectObject() == null ? null : schemes.getSchemeFor(issue.getProjectObject());
        return projects != null && ids.securityScheme().filter(projects.getId()::equals).isPresent()
                ? ids.securityLevel() : Optional.empty();
    }
}
