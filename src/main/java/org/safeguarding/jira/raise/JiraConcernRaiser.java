package org.safeguarding.jira.raise;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.ProjectReadiness;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Answer;

/**
 * Raises a concern through Jira's IssueService, as Jira's own Create screen does: Jira checks the Create Issues
 * permission and every field, and the project's workflow runs its Create (the confidential level, the leads told,
 * the lead on duty). The values go in as Jira's screens send them: an option by its id, text as typed. Only projects
 * ready for concerns are offered, so a concern is never raised without its workflow and confidential level.
 */
@Named
public class JiraConcernRaiser implements ConcernRaiser {
    private final CurrentUser currentUser;
    private final UserManager users;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final ProjectReadiness readiness;
    private final IssueService issues;
    private final SetupStore setupStore;
    private final DangerAtRaise danger;
    private final Texts texts;

    @Inject
    public JiraConcernRaiser(CurrentUser currentUser, UserManager users, ProjectManager projects,
                             PermissionManager permissions, ProjectReadiness readiness, IssueService issues,
                             SetupStore setupStore, DangerAtRaise danger, Texts texts) {
        this.currentUser = currentUser;
        this.users = users;
        this.projects = projects;
        this.permissions = permissions;
        this.readiness = readiness;
        this.issues = issues;
        this.setupStore = setupStore;
        this.danger = danger;
        this.texts = texts;
    }

    @Override
    public List<Place> places() {
        Optional<ApplicationUser> user = user();
        return user.map(creator -> projects.getProjectObjects().stream().filter(project -> open(project, creator))
                .map(project -> new Place(project.getKey(), project.getName())).toList()).orElse(List.of());
    }

    @Override
    public boolean mayRaiseIn(String projectKey) {
        Optional<ApplicationUser> user = user();
        Project project = projects.getProjectObjByKey(projectKey);
        return user.isPresent() && project != null && open(project, user.get());
    }

    @Override
    public Raised raise(String projectKey, String summary, CaseValues values) {
        Optional<ApplicationUser> user = user();
        Project project = projects.getProjectObjByKey(projectKey);
        if (user.isEmpty() || project == null || !open(project, user.get())) {
            return Raised.refused(List.of(texts.text("safeguarding.raise.error.not-allowed", projectKey)));
        }
        SetupIds ids = setupStore.load();
        IssueInputParameters parameters = issues.newIssueInputParameters()
                .setProjectId(project.getId()).setIssueTypeId(ids.issueType().orElseThrow()).setSummary(summary);
        // The create screen may show only some of the fields, and Jira fills in what is not given: the reporter.
        parameters.setSkipScreenCheck(true);
        parameters.setApplyDefaultValuesWhenParameterNotProvided(true);
        List<String> problems = new ArrayList<>();
        for (CaseField field : CaseFields.ALL) {
            if (!CaseFields.LEAD_ONLY.contains(field.key())) {
                fieldValues(field, values, ids, problems).ifPresent(given -> parameters.addCustomFieldValue(
                        ids.field(field.key()).orElseThrow(), given));
            }
        }
        if (!problems.isEmpty()) {
            return Raised.refused(problems);
        }
        IssueService.CreateValidationResult checked = issues.validateCreate(user.get(), parameters);
        if (!checked.isValid()) {
            return Raised.refused(messages(checked.getErrorCollection()));
        }
        IssueService.IssueResult created = issues.create(user.get(), checked);
        if (!created.isValid()) {
            return Raised.refused(messages(created.getErrorCollection()));
        }
        String key = created.getIssue().getKey();
        boolean dangerNow = values.option(CaseFields.IMMEDIATE_DANGER).filter(Answer.YES.id()::equals).isPresent();
        return dangerNow && danger.intoImmediateDanger(user.get(), created.getIssue()) ? Raised.urgently(key)
                : Raised.as(key);
    }

    /** The field's value as Jira's screens send it; none when not answered. */
    private Optional<String[]> fieldValues(CaseField field, CaseValues values, SetupIds ids,
                                                  List<String> problems) {
        List<String> given = switch (field.kind()) {
            case SELECT -> values.option(field.key()).map(List::of).orElse(List.of());
            case CHECKBOXES, MULTI_SELECT -> values.options(field.key());
            case TEXT, TEXTAREA -> values.text(field.key()).map(List::of).orElse(List.of());
            case DATE, DATE_TIME, RISK -> {
                // Jira reads a date in each user's own format: dates are recorded on the case once it is raised.
                if (values.date(field.key()).isPresent() || values.dateTime(field.key()).isPresent()) {
                    problems.add(texts.text("safeguarding.raise.error.date-later", texts.text(field.nameKey())));
                }
                yield List.of();
            }
        };
        List<String> sent = field.kind().hasOptions() ? optionIds(field, given, ids, problems) : given;
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.toArray(String[]::new));
    }

    /** Jira's ids of the options set-up made for the value ids; a value with none is a problem, named. */
    private List<String> optionIds(CaseField field, List<String> valueIds, SetupIds ids,
                                          List<String> problems) {
        List<String> optionIds = new ArrayList<>();
        for (String valueId : valueIds) {
            ids.option(field.key(), valueId).map(String::valueOf).ifPresentOrElse(optionIds::add,
                    () -> problems.add(texts.text("safeguarding.raise.error.no-option", texts.text(field.nameKey()),
                            valueId)));
        }
        return optionIds;
    }

    private boolean open(Project project, ApplicationUser user) {
        return permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user) && readiness.ready(project);
    }

    private Optional<ApplicationUser> user() {
        return currentUser.key().map(users::getUserByKey);
    }

    private static List<String> messages(ErrorCollection errors) {
        List<String> messages = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> messages.add(field + ": " + message));
        return messages;
    }
}
