package org.safeguarding.jira.cases;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.screening.Screening;

/**
 * The first checks of every page about one case (who is asking, which case) and how it is answered (never cached: it
 * is special-category personal data); {@link CasePages} and {@link LeadPages} add whether the user may see it.
 */
public final class CasePage {
    private CasePage() {
    }

    /** A case the user may see, by the key of the issue Jira found (not as typed). */
    public record Opened(String key, Screening screening, Optional<CaseProgress> progress, ReferralRecord referral) {
    }

    /**
     * The case a logged-in user asks for ({@code ?case=SG-1}), not yet checked; or empty when the response has been
     * sent already: to log in, or a 400 asking which case.
     */
    public static Optional<String> key(HttpServletRequest request, HttpServletResponse response,
                                       UserManager userManager, LoginUriProvider login, Texts texts)
            throws IOException {
        if (!LoginRedirect.loggedIn(request, response, userManager, login)) {
            return Optional.empty();
        }
        String key = request.getParameter("case");
        if (key == null || key.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, texts.text("safeguarding.error.which-case"));
            return Optional.empty();
        }
        return Optional.of(key.trim());
    }

    /** A page about a case, printable HTML (no browser or proxy keeps a copy of it: {@link NoStoreFilter}). */
    public static void printable(HttpServletResponse response) {
        response.setContentType("text/html;charset=UTF-8");
    }
}
