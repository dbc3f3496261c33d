package org.safeguarding.jira.enablement;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericValue;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a project just made for safeguarding schemes of its own, so changing them touches no other project: an issue
 * type scheme offering Safeguarding concern alone, an issue type screen scheme giving it the case screens, and a
 * permission scheme of {@link ProjectGrants}. Each is made whole before the project is moved onto it; where Jira
 * refuses one, the project keeps Jira's default for that part, and the admin is told which and what to do.
 */
@Named
public class NewProjectSchemes {
    private static final Logger LOG = LoggerFactory.getLogger(NewProjectSchemes.class);

    private final IssueTypeSchemeManager issueTypeSchemes;
    private final IssueTypeScreenSchemeManager screenSchemes;
    private final FieldScreenSchemeManager fieldScreenSchemes;
    private final IssueTypeEntries entries;
    private final PermissionSchemeManager permissionSchemes;
    private final Texts texts;

    @Inject
    public NewProjectSchemes(IssueTypeSchemeManager issueTypeSchemes, IssueTypeScreenSchemeManager screenSchemes,
                             FieldScreenSchemeManager fieldScreenSchemes, IssueTypeEntries entries,
                             PermissionSchemeManager permissionSchemes, Texts texts) {
        this.issueTypeSchemes = issueTypeSchemes;
        this.screenSchemes = screenSchemes;
        this.fieldScreenSchemes = fieldScreenSchemes;
        this.entries = entries;
        this.permissionSchemes = permissionSchemes;
        this.texts = texts;
    }

    /** @return empty once given; what to tell the admin when Jira refused */
    Optional<Reason> issueTypes(Project project, SetupIds ids) {
        return isolated(project, "issue-types-not-set", () -> {
            FieldConfigScheme scheme = issueTypeSchemes.create(name("issue-types", project), description(project),
                    List.of(ids.issueType().orElseThrow()));
            issueTypeSchemes.addProjectAssociations(scheme, List.of(project));
        });
    }

    /** Every issue type of the scheme (Safeguarding concern alone) gets the case screens, by its default entry. */
    Optional<Reason> screens(Project project, SetupIds ids) {
        return isolated(project, "screens-not-set", () -> {
            IssueTypeScreenScheme own = new IssueTypeScreenSchemeImpl(screenSchemes, null);
            own.setName(name("screens", project));
            own.setDescription(description(project));
            own.store();
            own.addEntity(entries.entry(null, fieldScreenSchemes.getFieldScreenScheme(
                    ids.screenScheme().orElseThrow())));
            IssueTypeScreenScheme current = screenSchemes.getIssueTypeScreenScheme(project);
            if (current != null) {
                screenSchemes.removeSchemeAssociation(project, current);
            }
            screenSchemes.addSchemeAssociation(project, own);
        });
    }

    /** The grants go into a new scheme first: until it is whole, the project keeps the scheme it has. */
    Optional<Reason> permissions(Project project, List<ProjectGrants.Grant> grants) {
        return isolated(project, "permissions-not-set", () -> {
            Scheme scheme = permissionSchemes.createSchemeObject(unusedPermissionSchemeName(project),
                    description(project));
            GenericValue stored = permissionSchemes.getScheme(scheme.getId());
            for (ProjectGrants.Grant grant : grants) {
                permissionSchemes.createSchemeEntity(stored, new SchemeEntity(grant.holder().type(),
                        grant.parameter(), new ProjectPermissionKey(grant.permission())));
            }
            permissionSchemes.removeSchemesFromProject(project);
            permissionSchemes.addSchemeToProject(project, scheme);
        });
    }

    /** Jira refuses a second permission scheme of one name: one left by a deleted project of this key is kept. */
    private String unusedPermissionSchemeName(Project project) {
        String name = name("permissions", project);
        Set<String> taken = permissionSchemes.getSchemeObjects().stream().map(Scheme::getName)
                .collect(Collectors.toSet());
        String unused = name;
        for (int number = 2; taken.contains(unused); number++) {
            unused = name + " (" + number + ")";
        }
        return unused;
    }

    private String name(String part, Project project) {
        return texts.text("safeguarding.new-project.scheme." + part, project.getKey());
    }

    private String description(Project project) {
        return texts.text("safeguarding.new-project.scheme.description", project.getName());
    }

    /** A Jira call that may be refused, or missing on this Jira, without stopping the rest. */
    private interface JiraCall {
        void run() throws Exception;
    }

    private static Optional<Reason> isolated(Project project, String failure, JiraCall call) {
        try {
            call.run();
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            // Exception, not only RuntimeException: Jira's scheme managers declare GenericEntityException.
            LOG.warn("Could not give project {} its own scheme ({})", project.getKey(), failure, e);
            return Optional.of(new Reason("safeguarding.new-project.unfinished." + failure,
                    List.of(project.getKey())));
        }
    }
}
