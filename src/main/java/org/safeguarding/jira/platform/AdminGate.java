package org.safeguarding.jira.platform;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The gate in front of every admin page and download: someone not logged in is sent to log in, anyone but a Jira
 * admin gets 403, and an admin must confirm their password (WebSudo): what lies behind leads to special-category
 * personal data.
 */
public final class AdminGate {
    private AdminGate() {
    }

    /** Whether the request may go on; when not, the response has been sent. */
    public static boolean passes(HttpServletRequest request, HttpServletResponse response, UserManager users,
                                 LoginUriProvider login, WebSudoManager webSudo) throws IOException {
        if (!LoginRedirect.loggedIn(request, response, users, login)) {
            return false;
        }
        if (!users.isAdmin(users.getRemoteUserKey(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }
}
