package org.safeguarding.jira.enablement;

import com.atlassian.jira.project.Project;
import java.util.List;
import java.util.Map;

/** Which projects are ready for safeguarding concerns, part by part, for the administration page. */
public interface ProjectReadiness {
    /** Which issue security keeps a project's cases confidential. */
    enum Confidentiality {
        /** The app's "Safeguarding confidential" scheme. */
        APP_SCHEME,
        /** A scheme of the organisation's own, which the app cannot judge. */
        OWN_SCHEME,
        NONE
    }

    /**
     * One project and whether it offers the issue type, shows the case screens, runs the referral workflow and keeps
     * its cases confidential.
     */
    record ProjectStatus(String key, String name, boolean issueType, boolean screens, boolean workflow,
                         Confidentiality confidentiality) {
        public boolean ready() {
            return issueType && screens && workflow && confidentiality != Confidentiality.NONE;
        }
    }

    List<ProjectStatus> projects();

    /** Whether one project is ready for concerns, read as the administration page reads it. */
    default boolean ready(Project project) {
        return projects().stream().anyMatch(status -> status.key().equals(project.getKey()) && status.ready());
    }

    /**
     * The filter of every case that Enable made and the current user owns, by project key: what a Jira Software board
     * of the project's cases is made from. None where this Jira keeps no such filters.
     */
    default Map<String, Long> boardFilters(List<String> projectKeys) {
        return Map.of();
    }
}
