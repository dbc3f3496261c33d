package org.safeguarding.jira.leads;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.referral.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case's leads as the app tells them: the named group's and project role's active members with an e-mail address.
 * Listing a group is proportional to its members, so the names are kept per group, role and project in a cluster-wide
 * cache, forgotten on every node when a user directory changes ({@link LeadNamesChanges}) and after a few minutes
 * whatever happens (Jira publishes no event this app can rely on for a project role's members). Only names are kept;
 * whether someone leads a case is always asked of Jira afresh ({@link ConfiguredLeads#isLead}).
 */
@Named
public class JiraCaseLeadNames implements CaseLeadNames {
    /** How long names are kept at most: a change Jira does not announce shows in the panel within this. */
    static final long KEPT_MINUTES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(JiraCaseLeadNames.class);
    /** Between the parts of a cache key: a character no group, role or project key holds. */
    private static final String BETWEEN = "\u001f";

    private final ConfiguredLeads leads;
    private final ProjectManager projects;
    private final Cache<String, Named> kept;

    @Inject
    public JiraCaseLeadNames(CacheManager caches, ConfiguredLeads leads, ProjectManager projects) {
        this.leads = leads;
        this.projects = projects;
        // Invalidation, not copies: every node lists the group itself from its own Jira.
        this.kept = caches.getCache(JiraCaseLeadNames.class.getName() + ".names", this::load,
                new CacheSettingsBuilder().remote().replicateViaInvalidation()
                        .expireAfterWrite(KEPT_MINUTES, TimeUnit.MINUTES).build());
    }

    @Override
    public Optional<Named> of(Issue shown, AppSettings named) {
        try {
            // The project matters only where a role is named: a group's names are shared by every project.
            String project = named.leadProjectRole() == null ? "" : Optional.ofNullable(shown.getProjectObject())
                    .map(Project::getKey).orElse("");
            return Optional.of(kept.get(String.join(BETWEEN, orEmpty(named.leadGroup()),
                    orEmpty(named.leadProjectRole()), project)));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not find the safeguarding leads of {}: {}", shown.getKey(), e.toString());
            return Optional.empty();
        }
    }

    /** Forgets every name kept, on every node. */
    void forget() {
        kept.removeAll();
    }

    private Named load(String key) {
        String[] parts = key.split(BETWEEN, -1);
        Project project = parts[2].isEmpty() ? null : projects.getProjectObjByKey(parts[2]);
        Collator byName = Collator.getInstance(Locale.UK);
        return Named.of(leads.leadsToTell(emptyAsNull(parts[0]), emptyAsNull(parts[1]), project).stream()
                .map(ApplicationUser::getDisplayName).sorted(Comparator.nullsLast(byName)).toList());
    }

    private static String orEmpty(String name) {
        return name == null ? "" : name;
    }

    private static String emptyAsNull(String name) {
        return name.isEmpty() ? null : name;
    }
}
