package org.safeguarding.jira.panel;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.Cases;

/** Shows a panel only on a Safeguarding concern that the user may browse. */
@Named
public class CaseCondition implements Condition {
    private final Cases cases;

    @Inject
    public CaseCondition(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return PanelIssue.key(context).map(cases::isVisibleCase).orElse(false);
    }
}
