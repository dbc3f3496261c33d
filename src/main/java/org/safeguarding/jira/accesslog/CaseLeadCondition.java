package org.safeguarding.jira.accesslog;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.PanelIssue;
import org.safeguarding.jira.platform.SelfCheck;

/**
 * Shows the access log panel only to a safeguarding lead of the case, who may browse it, and only while this Jira has
 * every part of its API the panel could reach (the administration page says why when it does not).
 */
@Named
public class CaseLeadCondition implements Condition {
    private final CaseLeads leads;
    private final SelfCheck selfCheck;

    @Inject
    public CaseLeadCondition(CaseLeads leads, SelfCheck selfCheck) {
        this.leads = leads;
        this.selfCheck = selfCheck;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return selfCheck.missingFor(AccessLogPanelContext.class).isEmpty()
                && PanelIssue.key(context).map(leads::leads).orElse(false);
    }
}
