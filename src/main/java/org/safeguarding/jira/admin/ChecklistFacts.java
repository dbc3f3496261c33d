package org.safeguarding.jira.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.enablement.EnablementPlan;
import org.safeguarding.jira.enablement.ProjectEnablement;
import org.safeguarding.jira.enablement.ProjectReadiness;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.plan.OurPlan;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.setup.SetupRuns;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.SetupChecklist;

/**
 * The administrator's checklist from the real state, read from the same places the administration page shows: the
 * latest set-up run, the self-check, the settings and whether Jira knows the leads they name, our safeguarding plan,
 * the directory's checks, the projects' readiness, and whether stopping Jira's e-mails would change a ready project.
 */
@Named
public class ChecklistFacts {
    private final SetupRuns setupRuns;
    private final SelfCheck selfCheck;
    private final SettingsStore settings;
    private final LeadNames leadNames;
    private final PlanStore plan;
    private final DirectorySource directory;
    private final ProjectReadiness projects;
    private final ProjectEnablement enablement;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public ChecklistFacts(SetupRuns setupRuns, SelfCheck selfCheck, SettingsStore settings, LeadNames leadNames,
                          PlanStore plan, DirectorySource directory, ProjectReadiness projects,
                          ProjectEnablement enablement, Texts texts, Clock clock) {
        this.setupRuns = setupRuns;
        this.selfCheck = selfCheck;
        this.settings = settings;
        this.leadNames = leadNames;
        this.plan = plan;
        this.directory = directory;
        this.projects = projects;
        this.enablement = enablement;
        this.texts = texts;
        this.clock = clock;
    }

    public SetupChecklist checklist() {
        AppSettings named = settings.read();
        SelfCheck.Result checked = selfCheck.result();
        boolean projectsReadable = SelfCheckWords.switchedOff(selfCheck.missingFor(projects.getClass()), texts)
                .isEmpty();
        List<ProjectReadiness.ProjectStatus> statuses = projectsReadable ? projects.projects() : List.of();
        int due = (int) DirectoryOverview.entries(directory, texts, LocalDate.now(clock)).stream()
                .filter(entry -> Boolean.TRUE.equals(entry.get("due"))).count();
        OurPlan ours = OurPlan.of(plan, texts);
        return SetupChecklist.of(new SetupChecklist.State(
                setupRuns.latest().map(SetupRuns.Run::complete).orElse(false),
                checked.unreadable().isPresent() ? -1 : checked.missing().size(),
                !named.nations().isEmpty(),
                named.leadGroup(), named.leadGroup() != null && leadNames.groupExists(named.leadGroup()),
                named.leadGroup() != null && !leadNames.groupMembers(named.leadGroup()).isEmpty(),
                named.leadProjectRole(), named.leadProjectRole() != null
                        && leadNames.projectRoleExists(named.leadProjectRole()),
                ours.template(), ours.stillPrompting(texts), due,
                (int) statuses.stream().filter(ProjectReadiness.ProjectStatus::ready).count(),
                statuses.stream().filter(status -> status.issueType() && !status.ready())
                        .map(ChecklistFacts::named).toList(),
                statuses.stream().filter(ProjectReadiness.ProjectStatus::ready).filter(this::emailsCases)
                        .map(ChecklistFacts::named).toList()));
    }

    /** Whether Jira's own e-mails would still go out about the project's issues: stopping them would change it. */
    private boolean emailsCases(ProjectReadiness.ProjectStatus status) {
        return enablement.plan(status.key(), EnablementPlan.Action.STOP_JIRA_EMAILS)
                .filter(plan -> !plan.blocked() && !plan.steps().isEmpty()).isPresent();
    }

    private static String named(ProjectReadiness.ProjectStatus status) {
        return status.name() + " (" + status.key() + ")";
    }
}
