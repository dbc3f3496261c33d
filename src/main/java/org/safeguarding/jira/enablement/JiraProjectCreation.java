package org.safeguarding.jira.enablement;

import com.atlassian.jira.bc.project.ProjectService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCreationData;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SetupLock;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a project for safeguarding alone through Jira's own project service, which checks the key and name as Jira's
 * Create project form does; gives it schemes of its own ({@link NewProjectSchemes}) and no notification scheme, so
 * Jira e-mails nobody about its cases; then enables it as Enable would. Jira's project service assigns no scheme
 * itself, so the project has nothing another project relies on.
 */
@Named
public class JiraProjectCreation implements ProjectCreation {
    private static final Logger LOG = LoggerFactory.getLogger(JiraProjectCreation.class);
    /** Jira's field names in its project service's errors, and ours for the same fields. */
    private static final Map<String, String> FIELDS = Map.of("projectKey", NewProjectJsonReader.KEY,
            "projectName", NewProjectJsonReader.NAME, "projectLead", NewProjectJsonReader.LEAD);
    /** Jira Work Management's project type: a business project, which every Jira Data Center has. */
    private static final String BUSINESS = "business";

    private final ProjectService projectService;
    private final UserManager users;
    private final CurrentUser currentUser;
    private final SetupStore setupStore;
    private final SettingsStore settings;
    private final LeadNames leadNames;
    private final ProjectRoleManager roles;
    private final NewProjectSchemes schemes;
    private final JiraProjectNotifications notifications;
    private final ProjectEnablement enablement;
    private final SetupLock lock;

    @Inject
    public JiraProjectCreation(ProjectService projectService, UserManager users, CurrentUser currentUser,
                               SetupStore setupStore, SettingsStore settings, LeadNames leadNames,
                               ProjectRoleManager roles, NewProjectSchemes schemes,
                               JiraProjectNotifications notifications, ProjectEnablement enablement,
                               SetupLock lock) {
        this.projectService = projectService;
        this.users = users;
        this.currentUser = currentUser;
        this.setupStore = setupStore;
        this.settings = settings;
        this.leadNames = leadNames;
        this.roles = roles;
        this.schemes = schemes;
        this.notifications = notifications;
        this.enablement = enablement;
        this.lock = lock;
    }

    /** What the first part, holding the set-up lock, came to: refused, or the project made. */
    private record FirstPart(Creation refused, String projectKey, List<Reason> unfinished) {
    }

    @Override
    public Creation create(NewProject asked) {
        SetupIds ids = setupStore.load();
        if (!JiraProjectEnablement.isSetUp(ids)) {
            return Creation.notNow(List.of(reason("not-set-up")));
        }
        AppSettings named = settings.read();
        if (named.leadGroup() == null && named.leadProjectRole() == null) {
            return Creation.notNow(List.of(reason("name-leads-first")));
        }
        List<FieldError> problems = new ArrayList<>();
        ApplicationUser admin = users.getUserByKey(currentUser.key().orElseThrow());
        ApplicationUser lead = asked.lead() == null ? admin : users.getUserByName(asked.lead());
        if (lead == null) {
            problems.add(FieldError.of(NewProjectJsonReader.LEAD, "safeguarding.error.new-project.no-such-user",
                    asked.lead()));
        }
        if (!leadNames.groupExists(asked.raisers())) {
            problems.add(FieldError.of(NewProjectJsonReader.RAISERS,
                    "safeguarding.error.new-project.no-such-group", asked.raisers()));
        }
        if (!problems.isEmpty()) {
            return Creation.refused(problems);
        }
        // Enabling takes the set-up lock itself, so the project is made holding it and enabled after.
        return lock.holding(() -> makeHolding(asked, admin, lead, ids, named))
                .map(first -> first.refused() != null ? first.refused() : enable(first))
                .orElseGet(() -> Creation.notNow(List.of(reason("busy"))));
    }

    private FirstPart makeHolding(NewProject asked, ApplicationUser admin, ApplicationUser lead, SetupIds ids,
                                  AppSettings named) {
        ProjectService.CreateProjectValidationResult checked = projectService.validateCreateProject(admin,
                new ProjectCreationData.Builder().withKey(asked.key()).withName(asked.name()).withLead(lead)
                        .withDescription(asked.name()).withType(BUSINESS).build());
        if (!checked.isValid()) {
            return new FirstPart(Creation.refused(jiraSays(checked.getErrorCollection())), null, List.of());
        }
        Project project;
        try {
            project = projectService.createProject(checked);
        } catch (RuntimeException e) {
            LOG.warn("Jira did not make project {}", asked.key(), e);
            return new FirstPart(Creation.notNow(List.of(new Reason("safeguarding.new-project.not-made",
                    List.of(asked.key())))), null, List.of());
        }
        List<Reason> unfinished = new ArrayList<>();
        schemes.issueTypes(project, ids).ifPresent(unfinished::add);
        schemes.screens(project, ids).ifPresent(unfinished::add);
        schemes.permissions(project, ProjectGrants.of(named.leadGroup(), leadsRoleId(named), asked.raisers()))
                .ifPresent(unfinished::add);
        notifications.stop(project).ifPresent(unfinished::add);
        if (named.leadProjectRole() != null) {
            unfinished.add(new Reason("safeguarding.new-project.add-role-members",
                    List.of(named.leadProjectRole(), project.getKey())));
        }
        return new FirstPart(null, project.getKey(), unfinished);
    }

    private Creation enable(FirstPart made) {
        EnablementPlan plan = enablement.apply(made.projectKey(), Action.ENABLE).orElseThrow();
        List<Reason> unfinished = new ArrayList<>(made.unfinished());
        unfinished.addAll(plan.reasons());
        return Creation.made(plan, unfinished);
    }

    private String leadsRoleId(AppSettings named) {
        if (named.leadProjectRole() == null) {
            return null;
        }
        ProjectRole role = roles.getProjectRole(named.leadProjectRole());
        return role == null ? null : String.valueOf(role.getId());
    }

    /** Jira's own words, in the admin's language, beside the field they are about. */
    private static List<FieldError> jiraSays(ErrorCollection errors) {
        List<FieldError> problems = new ArrayList<>();
        errors.getErrors().forEach((field, message) -> problems.add(FieldError.of(FIELDS.get(field),
                "safeguarding.error.new-project.jira-says", message)));
        errors.getErrorMessages().forEach(message -> problems.add(FieldError.of(null,
                "safeguarding.error.new-project.jira-says", message)));
        return problems;
    }

    private static Reason reason(String name) {
        return new Reason("safeguarding.enablement.reason." + name, List.of());
    }
}
