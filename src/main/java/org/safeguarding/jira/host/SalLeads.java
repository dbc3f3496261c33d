package org.safeguarding.jira.host;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.Leads;

/**
 * Safeguarding leads are the members of the Jira group an admin names in the app's settings. Until one is named,
 * only Jira administrators can refer, close or reopen: the safe default for records this sensitive.
 */
@Named
public class SalLeads implements Leads {
    static final String LEAD_GROUP = "org.safeguarding.leads.group";

    private final UserManager userManager;
    private final PluginSettingsFactory settingsFactory;

    @Inject
    public SalLeads(UserManager userManager, PluginSettingsFactory settingsFactory) {
        this.userManager = userManager;
        this.settingsFactory = settingsFactory;
    }

    @Override
    public boolean isLead(String userKey) {
        UserKey user = new UserKey(userKey);
        Object group = settingsFactory.createGlobalSettings().get(LEAD_GROUP);
        if (group instanceof String name && !name.isBlank()) {
            return userManager.isUserInGroup(user, name);
        }
        return userManager.isAdmin(user);
    }
}
