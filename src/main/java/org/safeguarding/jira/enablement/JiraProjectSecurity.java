package org.safeguarding.jira.enablement;

import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.AppSettings;

/** Reads a project's issue security scheme for {@link EnablementPlanner}, changing nothing. */
@Named
public class JiraProjectSecurity {
    private final IssueSecuritySchemeManager schemes;
    private final IssueSecurityLevelManager levels;
    private final SettingsStore settings;
    private final Texts texts;

    @Inject
    public JiraProjectSecurity(IssueSecuritySchemeManager schemes, IssueSecurityLevelManager levels,
                               SettingsStore settings, Texts texts) {
        this.schemes = schemes;
        this.levels = levels;
        this.settings = settings;
        this.texts = texts;
    }

    ProjectSchemes.Security read(Project project, SetupIds ids) {
        Scheme scheme = schemes.getSchemeFor(project);
        AppSettings named = settings.read();
        boolean leadsNamed = named.leadGroup() != null || named.leadProjectRole() != null;
        return switch (kind(scheme, ids)) {
            case NONE -> new ProjectSchemes.Security(ProjectSchemes.SecurityKind.NONE,
                    texts.text("safeguarding.security-scheme.name"), leadsNamed, 0);
            case OTHER -> new ProjectSchemes.Security(ProjectSchemes.SecurityKind.OTHER, scheme.getName(), leadsNamed,
                    0);
            case APP -> {
                Long atLevel = levels.getIssueCount(ids.securityLevel().orElseThrow(), project.getId());
                yield new ProjectSchemes.Security(ProjectSchemes.SecurityKind.APP, scheme.getName(), leadsNamed,
                        atLevel == null ? 0 : atLevel);
            }
        };
    }

    /** Which issue security scheme the project uses: none, the app's, or another. */
    public ProjectSchemes.SecurityKind kind(Project project, SetupIds ids) {
        return kind(schemes.getSchemeFor(project), ids);
    }

    private static ProjectSchemes.SecurityKind kind(Scheme scheme, SetupIds ids) {
        if (scheme == null) {
            return ProjectSchemes.SecurityKind.NONE;
        }
        return ids.securityScheme().filter(scheme.getId()::equals).isPresent() ? ProjectSchemes.SecurityKind.APP
                : ProjectSchemes.SecurityKind.OTHER;
    }
}
