package org.safeguarding.jira.platform;

import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Shows a link to one of the app's pages in Jira's top navigation to anyone logged in, while this Jira has every part
 * of its API the page (its {@code page} parameter, the servlet's class) could reach. It asks nothing more: the
 * navigation is drawn on every page, and the page itself says what the user may do there.
 */
@Named
public class PageLinkCondition implements Condition {
    private final CurrentUser currentUser;
    private final SelfCheck selfCheck;
    private Class<?> page;

    @Inject
    public PageLinkCondition(CurrentUser currentUser, SelfCheck selfCheck) {
        this.currentUser = currentUser;
        this.selfCheck = selfCheck;
    }

    /** @throws IllegalArgumentException naming a page the app does not have, as the descriptor gives it */
    @Override
    public void init(Map<String, String> params) {
        try {
            page = Class.forName(params.get("page"), false, PageLinkCondition.class.getClassLoader());
        } catch (ClassNotFoundException | NullPointerException e) {
            throw new IllegalArgumentException("no page of the app named " + params.get("page"), e);
        }
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.key().isPresent() && selfCheck.missingFor(page).isEmpty();
    }
}
