package org.safeguarding.jira.raise;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.SelfCheck;

/**
 * Shows "Raise a safeguarding concern" in a project's sidebar only where the user may raise one: a project ready for
 * concerns in which Jira lets them create issues. Jira gives the sidebar's web items the project's key.
 */
@Named
public class RaiseInProjectCondition implements Condition {
    private final ConcernRaiser raiser;
    private final SelfCheck selfCheck;

    @Inject
    public RaiseInProjectCondition(ConcernRaiser raiser, SelfCheck selfCheck) {
        this.raiser = raiser;
        this.selfCheck = selfCheck;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("projectKey") instanceof String projectKey
                && selfCheck.missingFor(RaiseConcernServlet.class).isEmpty() && raiser.mayRaiseIn(projectKey);
    }
}
