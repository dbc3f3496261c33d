package org.safeguarding.jira.raise;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.selfcheck.SelfCheck;
import org.safeguarding.jira.web.CurrentUser;

/**
 * Shows "Raise a safeguarding concern" in Jira's top navigation to anyone logged in, while this Jira has every part
 * of its API the page could reach. It asks nothing more: the navigation is drawn on every page, and the page itself
 * says where the user may raise a concern, or whom to ask.
 */
@Named
public class RaiseLinkCondition implements Condition {
    private final CurrentUser currentUser;
    private final SelfCheck selfCheck;

    @Inject
    public RaiseLinkCondition(CurrentUser currentUser, SelfCheck selfCheck) {
        this.currentUser = currentUser;
        this.selfCheck = selfCheck;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.key().isPresent() && selfCheck.missingFor(RaiseConcernServlet.class).isEmpty();
    }
}
