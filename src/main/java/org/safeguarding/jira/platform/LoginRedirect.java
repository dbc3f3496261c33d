package org.safeguarding.jira.platform;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sends someone who is not logged in to Jira's login page, and back to the page they asked for afterwards. */
public final class LoginRedirect {
    /**
     * What may stand in an address as it is (RFC 3986's unreserved and reserved characters, and a percent sign that
     * starts an escape); anything else a browser sent (a space, {@code | " < { ^ \} a backtick, a broken {@code %})
     * is escaped, so the address back is always one Jira can parse.
     */
    private static final Pattern UNSAFE = Pattern.compile(
            "%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]");

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
        response.sendRedirect(login.getLoginUri(URI.create(escapeUnsafe(url))).toASCIIString());
    }

    static String escapeUnsafe(CharSequence address) {
        Matcher unsafe = UNSAFE.matcher(address);
        StringBuilder safe = new StringBuilder();
        while (unsafe.find()) {
            unsafe.appendReplacement(safe, Matcher.quoteReplacement(
                    URLEncoder.encode(unsafe.group(), StandardCharsets.UTF_8).replace("+", "%20")));
        }
        return unsafe.appendTail(safe).toString();
    }
}
