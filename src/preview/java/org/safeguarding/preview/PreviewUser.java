package org.safeguarding.preview;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.net.URI;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.web.CurrentUser;

/**
 * Who is using the preview: one person on their own machine, signed in as an admin, a lead, a worker or nobody
 * ({@code /preview/sign-in}). It answers for Jira as SAL would. Password confirmation (WebSudo) always passes: the
 * preview has no passwords, and the plugin's own admin check still runs.
 */
public final class PreviewUser implements CurrentUser, UserManager, WebSudoManager, LoginUriProvider {
    /** Who can be signed in, by the key the plugin sees. */
    public enum Role {
        ADMIN("admin"),
        /** A safeguarding lead of the sample cases, not a Jira admin. */
        LEAD("lead"),
        WORKER("worker"),
        ANONYMOUS(null);

        private final String key;

        Role(String key) {
            this.key = key;
        }
    }

    private volatile Role role = Role.ADMIN;

    public void signInAs(Role signedIn) {
        role = signedIn;
    }

    public Role role() {
        return role;
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(role.key);
    }

    @Override
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public UserKey getRemoteUserKey() {
        return key().map(UserKey::new).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && userKey.getStringValue().equals(Role.ADMIN.key);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return false;
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return true;
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("the preview never asks for a password");
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(SignInServlet.PATH);
    }
}
