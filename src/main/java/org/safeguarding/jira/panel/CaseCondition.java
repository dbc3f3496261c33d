package org.safeguarding.jira.panel;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.PanelIssue;
import org.safeguarding.jira.platform.SelfCheck;

/**
 * Shows the resources panel only on a Safeguarding concern, and only while this Jira has every part of its API the
 * panel could reach: otherwise the panel is switched off and the issue view works without it (the administration page
 * says why). Jira draws an issue view only for someone who may browse the issue, and the panel checks that once
 * before it reads the case ({@link ResourcesPanelContext}), so the condition asks the issue's type alone.
 */
@Named
public class CaseCondition implements Condition {
    private final Cases cases;
    private final SelfCheck selfCheck;

    @Inject
    public CaseCondition(Cases cases, SelfCheck selfCheck) {
        this.cases = cases;
        this.selfCheck = selfCheck;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return selfCheck.missingFor(ResourcesPanelContext.class).isEmpty()
                && PanelIssue.issue(context).map(cases::isCaseShown).orElse(false);
    }
}
