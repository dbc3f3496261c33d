package org.safeguarding.jira.enablement;

import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import java.util.Collection;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads who may browse a project, from its permission scheme's Browse projects grants, for Enable to report in words
 * (it changes nothing). A Jira that cannot say leaves the rest of enabling working: the plan says it could not tell.
 */
@Named
public class JiraProjectAccess {
    private static final Logger LOG = LoggerFactory.getLogger(JiraProjectAccess.class);

    private final PermissionSchemeManager schemes;
    private final Holders holders;

    @Inject
    public JiraProjectAccess(PermissionSchemeManager schemes, Holders holders) {
        this.schemes = schemes;
        this.holders = holders;
    }

    ProjectSchemes.Access read(Project project) {
        try {
            Scheme scheme = schemes.getSchemeFor(project);
            if (scheme == null) {
                return ProjectSchemes.Access.UNKNOWN;
            }
            Collection<PermissionSchemeEntry> grants = schemes.getPermissionSchemeEntries(scheme,
                    ProjectPermissions.BROWSE_PROJECTS);
            return new ProjectSchemes.Access(true, scheme.getName(), grants.stream()
                    .map(grant -> holders.granted(grant.getType(), grant.getParameter())).distinct().toList(),
                    grants.stream().anyMatch(grant -> Holders.everyone(grant.getType(), grant.getParameter())));
        } catch (Exception | LinkageError e) {
            // Exception, not only RuntimeException: a Jira line may declare GenericEntityException on the entries.
            LOG.warn("Could not read who may browse project {}", project.getKey(), e);
            return ProjectSchemes.Access.UNKNOWN;
        }
    }
}
