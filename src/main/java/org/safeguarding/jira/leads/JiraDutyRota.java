package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.Leads;
import org.safeguarding.jira.platform.PluginSettingsJson;
import org.safeguarding.jira.platform.SettingsStore;

/**
 * The lead on duty for each project, as JSON in SAL's global plugin settings under the project's id (which a new
 * project key does not change), so every node of a cluster agrees. Someone who has left Jira, or no longer leads the
 * project's cases, is never given a new concern.
 */
@Named
public class JiraDutyRota implements DutyRota, LeadOnDuty {
    static final String KEY = "org.safeguarding.duty.project.";

    private final PluginSettingsFactory settings;
    private final IssueManager issues;
    private final UserManager users;
    private final Leads leads;
    private final SettingsStore organisation;
    private final Clock clock;

    @Inject
    public JiraDutyRota(PluginSettingsFactory settings, IssueManager issues, UserManager users, Leads leads,
                        SettingsStore organisation, Clock clock) {
        this.settings = settings;
        this.issues = issues;
        this.users = users;
        this.leads = leads;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public Optional<Duty> forCase(String caseKey) {
        return project(caseKey).flatMap(this::onDuty).map(duty -> new Duty(duty.userKey(),
                Optional.ofNullable(users.getUserByKey(duty.userKey())).map(ApplicationUser::getDisplayName)
                        .orElse(duty.userKey()), duty.since()));
    }

    @Override
    public void take(String caseKey, String userKey) {
        project(caseKey).ifPresent(project -> {
            DutyJson duty = new DutyJson();
            duty.user = userKey;
            duty.since = clock.instant().toString();
            PluginSettingsJson.write(settings, KEY + project, duty);
        });
    }

    @Override
    public void handBack(String caseKey, String userKey) {
        project(caseKey).filter(project -> onDuty(project).filter(duty -> userKey.equals(duty.userKey())).isPresent())
                .ifPresent(project -> settings.createGlobalSettings().remove(KEY + project));
    }

    @Override
    public Optional<ApplicationUser> forNewCase(Issue issue) {
        if (!organisation.read().assignToLeadOnDuty() || issue.getProjectObject() == null) {
            return Optional.empty();
        }
        return onDuty(issue.getProjectObject().getId()).map(duty -> users.getUserByKey(duty.userKey()))
                .filter(ApplicationUser::isActive).filter(lead -> leads.isLead(lead.getKey(), issue));
    }

    private Optional<Long> project(String caseKey) {
        return Optional.ofNullable(issues.getIssueObject(caseKey)).map(Issue::getProjectObject)
                .map(Project::getId);
    }

    /** An unreadable entry reads as nobody on duty, and the next lead to take duty replaces it. */
    private Optional<Stored> onDuty(Long projectId) {
        return PluginSettingsJson.read(settings, KEY + projectId, DutyJson.class,
                duty -> new Stored(Objects.requireNonNull(duty.user), Instant.parse(duty.since)));
    }

    private record Stored(String userKey, Instant since) {
    }

    /** A lead on duty as stored. */
    static final class DutyJson {
        public String user;
        public String since;
    }
}
