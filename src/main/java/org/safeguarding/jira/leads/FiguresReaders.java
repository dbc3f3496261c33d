package org.safeguarding.jira.leads;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.SettingsStore;

/** Who may read the figures for trustees: Jira administrators and the members of the leads' group the settings name. */
@Named
public class FiguresReaders {
    private final UserManager userManager;
    private final SettingsStore settings;

    @Inject
    public FiguresReaders(UserManager userManager, SettingsStore settings) {
        this.userManager = userManager;
        this.settings = settings;
    }

    public boolean mayRead(UserKey user) {
        if (user == null) {
            return false;
        }
        Optional<String> leads = Optional.ofNullable(settings.read().leadGroup()).filter(group -> !group.isBlank());
        return userManager.isAdmin(user) || leads.filter(group -> userManager.isUserInGroup(user, group)).isPresent();
    }
}
