package org.safeguarding.preview;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.CurrentUser;

/**
 * Who is using the preview, per browser: each browser signs in as an admin, a lead, a worker or nobody
 * ({@code /preview/sign-in}), and until it does it is whoever the preview was started as (an admin; tests choose).
 * It answers for Jira as SAL would, for the request being served ({@link PreviewSessions} says whose it is).
 * Password confirmation (WebSudo) passes until a browser asks the preview to forget it, or a test expires it; then
 * the plugin's pages send the browser to confirm it ({@link WebSudoServlet}) and its REST answers 401, as Jira's do.
 */
public final class PreviewUser implements CurrentUser, UserManager, WebSudoManager, LoginUriProvider {
    /** Who can be signed in, by the key the plugin sees. */
    public enum Role {
        ADMIN("admin"),
        /** A safeguarding lead of the sample project's cases (SG), named by the leads' group; not a Jira admin. */
        LEAD("lead"),
        WORKER("worker"),
        /** The lead of another project (HOME) only, by its project role: may browse none of SG's cases. */
        HOME_LEAD("home-lead"),
        ANONYMOUS(null);

        private final String key;

        Role(String key) {
            this.key = key;
        }

        /** The user key the plugin sees for this person; null for nobody. */
        String key() {
            return key;
        }
    }

    private volatile Role startingRole = Role.ADMIN;
    private volatile boolean passwordConfirmedAtStart = true;
    private final ThreadLocal<PreviewSession> serving = new ThreadLocal<>();

    /** Who every browser that has not signed in itself is: for tests, which drive the preview from outside. */
    public void signInAs(Role signedIn) {
        startingRole = signedIn;
    }

    /** Makes every browser that has not confirmed its password itself confirm it before Jira's admin pages. */
    public void expireWebSudo() {
        passwordConfirmedAtStart = false;
    }

    void serve(PreviewSession session) {
        serving.set(session);
    }

    void served() {
        serving.remove();
    }

    /** The session of the request being served, if a browser's request is being served. */
    PreviewSession session() {
        return serving.get();
    }

    public Role role() {
        PreviewSession session = serving.get();
        return session == null || session.role() == null ? startingRole : session.role();
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(role().key);
    }

    @Override
    public boolean isAdmin() {
        return role() == Role.ADMIN;
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

    /** The preview's lead belongs to whichever group the settings name as the safeguarding leads'. */
    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && group != null && userKey.getStringValue().equals(Role.LEAD.key);
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        PreviewSession session = serving.get();
        return session == null || session.passwordConfirmed() == null ? passwordConfirmedAtStart
                : session.passwordConfirmed();
    }

    /** Sends the browser to confirm its password, then back to where it was, as Jira's WebSudo page does. */
    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(WebSudoServlet.PATH + "?destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(SignInServlet.PATH);
    }
}
