package org.safeguarding.jira.platform;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** The logged-in user, as SAL knows them. */
@Named
public class SalCurrentUser implements CurrentUser {
    private final UserManager userManager;

    @Inject
    public SalCurrentUser(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    @Override
    public boolean isAdmin() {
        UserKey user = userManager.getRemoteUserKey();
        return user != null && userManager.isAdmin(user);
    }
}
