package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelPermission;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.permission.JiraPermissionHolderType;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.leads.LeadAccess;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.AppSettings;

/**
 * Makes sure Jira has the "Safeguarding confidential" issue security scheme with its one level, which shows a case
 * only to the safeguarding leads named in the app's settings (their group, their project role, or both), its reporter
 * and its current assignee. The scheme and level are found by recorded id or name, never renamed or removed. The
 * level's group and project role grants follow the settings: when the leads change, the old group or role loses
 * access and the new one gains it; grants of any other kind an admin adds (a named person, say) are left alone.
 */
@Named
public class ConfidentialSetup implements LeadAccess {
    private static final String GROUP = JiraPermissionHolderType.GROUP.getKey();
    private static final String PROJECT_ROLE = JiraPermissionHolderType.PROJECT_ROLE.getKey();

    private final IssueSecuritySchemeManager schemes;
    private final IssueSecurityLevelManager levels;
    private final ProjectRoleManager projectRoles;
    private final SettingsStore settings;
    private final SetupStore store;
    private final Texts texts;

    @Inject
    public ConfidentialSetup(IssueSecuritySchemeManager schemes, IssueSecurityLevelManager levels,
                             ProjectRoleManager projectRoles, SettingsStore settings, SetupStore store, Texts texts) {
        this.schemes = schemes;
        this.levels = levels;
        this.projectRoles = projectRoles;
        this.settings = settings;
        this.store = store;
        this.texts = texts;
    }

    void ensure(SetupRecorder recorder) {
        Scheme scheme = scheme(recorder);
        IssueSecurityLevel level = level(scheme.getId(), recorder);
        try {
            grant(scheme.getId(), level.getId(), settings.read());
        } catch (GenericEntityException e) {
            recorder.problem("Jira did not accept the grants of the level " + level.getName() + ": " + e.getMessage());
        }
    }

    @Override
    public void leadsNamed(AppSettings named) {
        SetupIds ids = store.load();
        if (ids.securityScheme().isEmpty() || ids.securityLevel().isEmpty()) {
            return;
        }
        try {
            grant(ids.securityScheme().get(), ids.securityLevel().get(), named);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira did not accept the confidential level's grants", e);
        }
    }

    private Scheme scheme(SetupRecorder recorder) {
        String name = texts.text("safeguarding.security-scheme.name");
        Optional<Scheme> existing = schemes.getSchemeObjects().stream().filter(scheme -> recorder.ids()
                .securityScheme().map(scheme.getId()::equals).orElse(name.equals(scheme.getName()))).findFirst();
        if (existing.isPresent()) {
            recorder.found("issue security scheme " + name, ids -> ids.withSecurityScheme(existing.get().getId()));
            return existing.get();
        }
        Scheme created = schemes.createSchemeObject(name, texts.text("safeguarding.security-scheme.description"));
        recorder.created("issue security scheme " + name, ids -> ids.withSecurityScheme(created.getId()));
        return created;
    }

    private IssueSecurityLevel level(Long schemeId, SetupRecorder recorder) {
        String name = texts.text("safeguarding.security-level.name");
        Optional<IssueSecurityLevel> existing = levels.getIssueSecurityLevels(schemeId).stream().filter(level ->
                recorder.ids().securityLevel().map(level.getId()::equals).orElse(name.equals(level.getName())))
                .findFirst();
        if (existing.isPresent()) {
            recorder.found("issue security level " + name, ids -> ids.withSecurityLevel(existing.get().getId()));
            return existing.get();
        }
        IssueSecurityLevel created = levels.createIssueSecurityLevel(schemeId, name,
                texts.text("safeguarding.security-level.description"));
        recorder.created("issue security level " + name, ids -> ids.withSecurityLevel(created.getId()));
        return created;
    }

    /**
     * Gives the level exactly the wanted reporter, assignee, group and role grants. Jira's cache of who may see which
     * level is cleared only when a grant changed: set-up runs on every start, and usually finds nothing to do.
     */
    private void grant(Long schemeId, Long levelId, AppSettings named) throws GenericEntityException {
        List<SchemeEntity> wanted = wanted(levelId, named);
        boolean changed = false;
        for (IssueSecurityLevelPermission existing : schemes.getPermissionsBySecurityLevel(levelId)) {
            boolean stillWanted = wanted.removeIf(grant -> grant.getType().equals(existing.getType())
                    && Objects.equals(parameter(grant.getParameter()), parameter(existing.getParameter())));
            if (!stillWanted && (GROUP.equals(existing.getType()) || PROJECT_ROLE.equals(existing.getType()))) {
                schemes.deleteEntity(existing.getId());
                changed = true;
            }
        }
        for (SchemeEntity missing : wanted) {
            schemes.createSchemeEntity(schemes.getScheme(schemeId), missing);
            changed = true;
        }
        if (changed) {
            levels.clearUsersLevels();
        }
    }

    /** Reporter and assignee grants name nobody: Jira may store that as null or as empty. */
    private static String parameter(String stored) {
        return stored == null || stored.isEmpty() ? null : stored;
    }

    private List<SchemeEntity> wanted(Long levelId, AppSettings named) {
        List<SchemeEntity> wanted = new ArrayList<>(List.of(
                new SchemeEntity(JiraPermissionHolderType.REPORTER.getKey(), null, levelId),
                new SchemeEntity(JiraPermissionHolderType.ASSIGNEE.getKey(), null, levelId)));
        Optional.ofNullable(named.leadGroup()).ifPresent(group -> wanted.add(new SchemeEntity(GROUP, group, levelId)));
        Optional.ofNullable(named.leadProjectRole()).map(projectRoles::getProjectRole).map(ProjectRole::getId)
                .ifPresent(role -> wanted.add(new SchemeEntity(PROJECT_ROLE, String.valueOf(role), levelId)));
        return wanted;
    }
}
