package org.safeguarding.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sends someone who is not logged in to Jira's login page, and back to the page they asked for afterwards. */
public final class LoginRedirect {
    private LoginRedirect() {
    }

    /**
     * Whether someone is logged in; if not, they have been sent to log in, and the page must do nothing more.
     */
    public static boolean loggedIn(HttpServletRequest request, HttpServletResponse response, UserManager users,
                                   LoginUriProvider login) throws IOException {
        if (users.getRemoteUserKey(request) != null) {
            return true;
        }
        send(request, response, login);
        return false;
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, LoginUriProvider login)
            throws IOException {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        response.sendRedirect(login.getLoginUri(URI.create(url.toString())).toASCIIString());
    }
}
