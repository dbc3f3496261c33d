package org.safeguarding.jira.staff;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;

/**
 * What every staff page checks first: the page is not switched off, someone is logged in, and they are a lead or an
 * admin, who see staff data as they see the figures. Anyone else gets the page in Jira's own chrome saying who may see
 * it, with 403, not a bare error.
 */
@Named
public class StaffPageGate {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final FiguresReaders staffDataReaders;
    private final PageTemplates pages;

    @Inject
    public StaffPageGate(UserManager userManager, LoginUriProvider loginUriProvider, FiguresReaders staffDataReaders,
                         PageTemplates pages) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.staffDataReaders = staffDataReaders;
        this.pages = pages;
    }

    /**
     * @param template the page's template, which shows only who may see it when given {@code refused}
     * @return whether the page may go on; when not, the answer is given
     */
    boolean passes(HttpServlet page, String template, PageResource resource, HttpServletRequest request,
                   HttpServletResponse response) throws IOException {
        if (pages.switchedOff(page, response)
                || !LoginRedirect.loggedIn(request, response, userManager, loginUriProvider)) {
            return false;
        }
        if (staffDataReaders.mayRead(userManager.getRemoteUserKey(request))) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        pages.render(template, resource, Map.of("refused", true), response.getWriter());
        return false;
    }
}
