package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;

public class AnonymiseServletTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private WebSudoManager webSudo;
    @Mock
    private Anonymisation anonymisation;
    @Mock
    private ApplicationProperties application;
    @Mock
    private TemplateRenderer templateRenderer;
    private final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private AnonymiseServlet servlet;

    @Before
    public void setUp() {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("lead"));
        when(request.getParameter("case")).thenReturn("SG-1");
        when(anonymisation.caseKey("SG-1")).thenReturn(Optional.of("SG-1"));
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(webSudo.canExecuteRequest(request)).thenReturn(true);
        servlet = new AnonymiseServlet(userManager, loginUriProvider, webSudo, anonymisation, application,
                new PageTemplates(templateRenderer, pageBuilder, new SelfCheck(new UkClock()), new PropertiesTexts()),
                new PropertiesTexts());
    }

    private Map<String, Object> rendered() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        servlet.doGet(request, response);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(AnonymiseServlet.TEMPLATE), context.capture(), any(Writer.class));
        return context.getValue();
    }

    @Test
    public void doGet_shouldShowTheLeadOfAClosedCaseWhatWillGoAndAskThemToTypeItsKey() throws Exception {
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.MAY_ANONYMISE);

        Map<String, Object> context = rendered();

        assertThat(context.get("apiUrl"), equalTo("/jira/rest/safeguarding/1.0/issue/SG-1/anonymise"));
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) context.get("personalFields");
        assertThat(fields, hasItem("Description: distinguishing features"));
        VelocityTemplates.Rendered page = new VelocityTemplates().render(AnonymiseServlet.TEMPLATE, context);
        assertThat(page.html(), containsString("<label for=\"safeguarding-anonymise-confirm\">"
                + VelocityTemplates.text("safeguarding.anonymise.confirm", "SG-1") + "</label>"));
        assertThat(page.html(), containsString("action=\"/jira/rest/safeguarding/1.0/issue/SG-1/anonymise\""));
        assertThat(pageBuilder.drain(), contains(
                "org.safeguarding.safeguarding-for-jira:safeguarding-anonymise-resources"));
    }

    /** Before the retention review date the page shows the date and asks the lead to say they mean it. */
    @Test
    public void doGet_shouldShowTheRetentionReviewDateStillAheadAndAskToConfirmAnonymisingSooner() throws Exception {
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.MAY_ANONYMISE);
        when(anonymisation.reviewAhead("SG-1")).thenReturn(Optional.of(LocalDate.of(2032, 12, 7)));

        String html = new VelocityTemplates().render(AnonymiseServlet.TEMPLATE, rendered()).html();

        assertThat(html, containsString(VelocityTemplates.text("safeguarding.anonymise.before-review.hint",
                "7 Dec 2032")));
        assertThat(html, containsString("name=\"beforeReview\" value=\"true\" required>"));
        assertThat(html, containsString("<label for=\"safeguarding-anonymise-beforeReview\">"
                + VelocityTemplates.text("safeguarding.anonymise.before-review", "7 Dec 2032") + "</label>"));
    }

    @Test
    public void doGet_shouldAskNothingMoreOnceTheRetentionReviewDateHasCome() throws Exception {
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.MAY_ANONYMISE);

        String html = new VelocityTemplates().render(AnonymiseServlet.TEMPLATE, rendered()).html();

        assertThat(html, containsString("safeguarding-anonymise-form"));
        assertThat(html, not(containsString("beforeReview")));
    }

    @Test
    public void doGet_shouldShowAndSendTheKeyOfTheCaseFoundNotTheKeyAsTyped() throws Exception {
        when(request.getParameter("case")).thenReturn("sg-1");
        when(anonymisation.caseKey("sg-1")).thenReturn(Optional.of("SG-1"));
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.MAY_ANONYMISE);

        Map<String, Object> context = rendered();

        assertThat(context.get("caseKey"), equalTo("SG-1"));
        assertThat(context.get("caseUrl"), equalTo("/jira/browse/SG-1"));
        assertThat(context.get("apiUrl"), equalTo("/jira/rest/safeguarding/1.0/issue/SG-1/anonymise"));
        verify(anonymisation, never()).standing("sg-1");
    }

    @Test
    public void doGet_shouldTellTheLeadOfAnOpenCaseToCloseItFirstWithoutTheForm() throws Exception {
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.STILL_OPEN);
        when(anonymisation.refusal("SG-1", Anonymisation.Standing.STILL_OPEN)).thenReturn(Optional.of(
                VelocityTemplates.text("safeguarding.error.anonymise-open")));

        String html = new VelocityTemplates().render(AnonymiseServlet.TEMPLATE, rendered()).html();

        assertThat(html, containsString(VelocityTemplates.escaped(VelocityTemplates.text(
                "safeguarding.error.anonymise-open"))));
        assertThat(html, not(containsString("safeguarding-anonymise-form")));
    }

    @Test
    public void doGet_shouldAskTheLeadToConfirmTheirPasswordBeforeShowingTheForm() throws Exception {
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.MAY_ANONYMISE);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldRefuseSomeoneWhoSeesTheCaseButDoesNotLeadIt() throws Exception {
        when(anonymisation.standing("SG-1")).thenReturn(Anonymisation.Standing.LEADS_ONLY);

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN,
                VelocityTemplates.text("safeguarding.error.anonymise-leads-only"));
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldAnswerACaseSomeoneMayNotSeeAsOneThatDoesNotExist() throws Exception {
        when(anonymisation.caseKey("SG-1")).thenReturn(Optional.empty());

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldSendSomeoneNotLoggedInToLogIn() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(null);
        when(request.getRequestURL()).thenReturn(
                new StringBuffer("https://jira.example/plugins/servlet/safeguarding/anonymise"));
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("https://jira.example/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("https://jira.example/login.jsp");
        verify(anonymisation, never()).standing(anyString());
        verifyNoInteractions(templateRenderer);
    }
}
