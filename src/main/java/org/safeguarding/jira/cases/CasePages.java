package org.safeguarding.jira.cases;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;

/**
 * The checks every page about one case for anyone who may see it makes first (the handout, the missing-person
 * summary, whom to call), in order: that this Jira has what the page needs (else 503 saying what is switched off),
 * who is asking (else to the login page), which case ({@code ?case=KEY}, else 400 saying so), and may they see it
 * (else 404, so the page never reveals whether a case exists). A page that passes is never cached. Pages for a
 * case's leads only use {@link LeadPages}.
 */
@Named
public class CasePages {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final Cases cases;
    private final PageTemplates pages;
    private final Texts texts;

    @Inject
    public CasePages(UserManager userManager, LoginUriProvider loginUriProvider, Cases cases, PageTemplates pages,
                     Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.cases = cases;
        this.pages = pages;
        this.texts = texts;
    }

    /** The case, by the key of the issue Jira found (not as typed); or empty when the response has been sent already. */
    public Optional<CasePage.Opened> open(HttpServlet page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.switchedOff(page, response)) {
            return Optional.empty();
        }
        Optional<String> key = CasePage.key(request, response, userManager, loginUriProvider, texts);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        CaseLookup found = cases.find(key.get());
        if (found.status() != CaseLookup.Status.FOUND) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        CasePage.printable(response);
        return Optional.of(new CasePage.Opened(found.key(), found.screening(), found.progress(),
                found.referral()));
    }
}
