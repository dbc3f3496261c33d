package org.safeguarding.jira.panel;

import com.atlassian.jira.issue.Issue;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.referral.AppSettings;

/**
 * One issue view of a case, as the panel's parts share it: the issue Jira passed, the case found once, the settings
 * read once, and whether the viewer leads the case, asked of Jira at most once and only by a part that shows it.
 */
final class PanelView {
    private final Issue issue;
    private final CaseLookup lookup;
    private final AppSettings settings;
    private final CaseLeads leads;
    private Boolean viewerLeads;

    PanelView(Issue issue, CaseLookup lookup, AppSettings settings, CaseLeads leads) {
        this.issue = issue;
        this.lookup = lookup;
        this.settings = settings;
        this.leads = leads;
    }

    Issue issue() {
        return issue;
    }

    CaseLookup lookup() {
        return lookup;
    }

    String key() {
        return lookup.key();
    }

    AppSettings settings() {
        return settings;
    }

    boolean viewerLeads() {
        if (viewerLeads == null) {
            viewerLeads = leads.leadsShown(issue, settings);
        }
        return viewerLeads;
    }
}
