package org.safeguarding.jira.web;

import java.util.List;

/** Which projects are ready for safeguarding concerns, part by part, for the administration page. */
public interface ProjectReadiness {
    /** One project and whether it offers the issue type, shows the case screens and runs the referral workflow. */
    record ProjectStatus(String key, String name, boolean issueType, boolean screens, boolean workflow) {
        public boolean ready() {
            return issueType && screens && workflow;
        }
    }

    List<ProjectStatus> projects();
}
