package org.safeguarding.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.screening.Screening;

/**
 * The checks every page about one case makes first, in order: who is asking (else to the login page), which case
 * ({@code ?case=KEY}, else 400 saying so), and may they see it (else 404, so the page never reveals whether a case
 * exists). A page that passes is never cached: it is special-category personal data.
 */
public final class CasePage {
    private CasePage() {
    }

    /** A case the user may see, by the key of the issue Jira found (not as typed). */
    public record Opened(String key, Screening screening) {
    }

    /** The case, or empty when the response has been sent already. */
    public static Optional<Opened> open(HttpServletRequest request, HttpServletResponse response,
                                        UserManager userManager, LoginUriProvider login, Cases cases, Texts texts)
            throws IOException {
        Optional<String> key = key(request, response, userManager, login, texts);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        CaseLookup found = cases.find(key.get());
        if (found.status() != CaseLookup.Status.FOUND) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        printable(response);
        return Optional.of(new Opened(found.key(), found.screening()));
    }

    /**
     * The case a logged-in user asks for ({@code ?case=SG-1}), not yet checked; or empty when the response has been
     * sent already: to log in, or a 400 asking which case.
     */
    public static Optional<String> key(HttpServletRequest request, HttpServletResponse response,
                                       UserManager userManager, LoginUriProvider login, Texts texts)
            throws IOException {
        if (userManager.getRemoteUserKey(request) == null) {
            LoginRedirect.send(request, response, login);
            return Optional.empty();
        }
        String key = request.getParameter("case");
        if (key == null || key.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, texts.text("safeguarding.error.which-case"));
            return Optional.empty();
        }
        return Optional.of(key.trim());
    }

    /** A page about a case: HTML that no browser or proxy keeps a copy of. */
    public static void printable(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
    }
}
