package org.safeguarding.jira.panel;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.CaseLeads;

/** Shows a panel only to a safeguarding lead of the case, who may browse it. */
@Named
public class CaseLeadCondition implements Condition {
    private final CaseLeads leads;

    @Inject
    public CaseLeadCondition(CaseLeads leads) {
        this.leads = leads;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return PanelIssue.key(context).map(leads::leads).orElse(false);
    }
}
