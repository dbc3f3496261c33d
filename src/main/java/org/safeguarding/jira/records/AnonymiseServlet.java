package org.safeguarding.jira.records;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CasePage;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

/**
 * The page where a case's safeguarding lead anonymises it ({@code /plugins/servlet/safeguarding/anonymise?case=SG-1}):
 * what will be replaced and what stays, then the confirmation (with, before the case's retention review date, that
 * date and a box to say they mean to anonymise it sooner), which the page sends to the REST API as JSON. An open
 * case gets the page without the form, saying to close it first. Someone who may see the case but does not lead it
 * gets 403; anyone else 404, so the answer never reveals whether a case exists.
 */
@Named
public class AnonymiseServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/anonymise?case=";
    static final String TEMPLATE = "templates/audit/anonymise.vm";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudo;
    private final transient Anonymisation anonymisation;
    private final transient ApplicationProperties application;
    private final transient PageTemplates pages;
    private final transient Texts texts;

    @Inject
    public AnonymiseServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudo,
                            Anonymisation anonymisation, ApplicationProperties application, PageTemplates pages,
                            Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudo = webSudo;
        this.anonymisation = anonymisation;
        this.application = application;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)) {
            return;
        }
        Optional<String> typed = CasePage.key(request, response, userManager, loginUriProvider, texts);
        if (typed.isEmpty()) {
            return;
        }
        Optional<String> key = anonymisation.caseKey(typed.get());
        Anonymisation.Standing standing = key.map(anonymisation::standing).orElse(Anonymisation.Standing.NOT_VISIBLE);
        if (standing == Anonymisation.Standing.NOT_VISIBLE) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (standing == Anonymisation.Standing.LEADS_ONLY) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, texts.text("safeguarding.error.anonymise-leads-only"));
            return;
        }
        // Anonymising cannot be undone: the lead confirms their password first, as for Jira's own administration.
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        CasePage.printable(response);
        pages.render(TEMPLATE, PageResource.ANONYMISE, Map.of("caseKey", key.get(),
                "refusal", anonymisation.refusal(key.get(), standing).orElse(""),
                "reviewAhead", anonymisation.reviewAhead(key.get()).map(UkDates::day).orElse(""),
                "caseUrl", base + "/browse/" + key.get(),
                "apiUrl", base + "/rest/safeguarding/1.0/issue/" + key.get() + "/anonymise",
                "personalFields", CaseFields.PERSONAL.stream().map(fieldKey -> CaseFields.byKey(fieldKey)
                        .map(CaseField::nameKey).map(texts::text).orElseThrow()).toList()), response.getWriter());
    }
}
