package org.safeguarding.jira.panel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang.StringEscapeUtils;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Screening;

/** The handout for the person: their language and numbers, nothing about the case, rendered by real Velocity. */
public class HandoutTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private Cases cases;
    @Mock
    private TemplateRenderer templateRenderer;
    private final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private HandoutServlet servlet;

    private final InMemoryAccessLog accessLog = new InMemoryAccessLog();
    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);

    @Before
    public void setUp() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(request.getParameter("case")).thenReturn("SG-12");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        PageTemplates pages = new PageTemplates(templateRenderer, pageBuilder, new SelfCheck(new UkClock()),
                new PropertiesTexts());
        servlet = new HandoutServlet(new CasePages(userManager, loginUriProvider, cases, pages,
                new PropertiesTexts()), new AccessRecorder(accessLog, TestUser.worker(), new UkClock()),
                        new ShippedDirectory(),
                settings, pages, Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/London")));
    }

    @Test
    public void handout_shouldGiveAnAdultTheNumbersForTheirNationAndNothingAboutTheCase() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().nation(Nation.ENGLAND)
                .ageGroup(AgeGroup.ADULT).language("Albanian").build()));

        String html = render();

        assertThat(html, containsString("<html lang=\"sq\" dir=\"ltr\">"));
        assertThat(StringEscapeUtils.unescapeHtml(html), containsString("<h1>Nuk jeni vetëm. Ndihma është këtu.</h1>"));
        assertThat(html, containsString("has not been checked by a fluent speaker yet"));
        assertThat(html, containsString("<strong class=\"safeguarding-phone\" dir=\"ltr\">08000 121 700</strong>"));
        assertThat(html, containsString(">0800 808 3733</strong>"));
        assertThat(html, containsString(">999</strong>"));
        assertThat(html, not(containsString("0800 555 111")));
        assertThat(html, not(containsString("SG-12")));
    }

    @Test
    public void handout_shouldGiveAChildTheGuardiansAndNotTheAdultService() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().nation(Nation.ENGLAND)
                .ageGroup(AgeGroup.NOT_SURE).build()));

        String html = render();

        assertThat(html, containsString(">0800 043 4303</strong>"));
        assertThat(html, not(containsString("0800 808 3733")));
    }

    /**
     * The same numbers and words as the panel: a case that does not say where is in the only nation worked in.
     */
    @Test
    public void handout_shouldTakeACaseThatDoesNotSayWhereToBeInTheOnlyNationTheOrganisationWorksIn() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().ageGroup(AgeGroup.ADULT)
                .build()));
        settings.save(new AppSettings(Set.of(Nation.SCOTLAND), false, false, null, null, null));

        String html = render();

        assertThat(html, containsString(">0141 884 7900</strong>"));
        assertThat(html, not(containsString("0800 808 3733")));
        // Told as in Scotland too: no anonymous notification to the Home Office there.
        assertThat(html, not(containsString("must still tell the Home Office")));
    }

    @Test
    public void handout_shouldWriteArabicRightToLeftAndFallBackOnEnglish() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12",
                Screening.builder().language("Arabic").build()),
                CaseLookup.found("SG-12", Screening.builder().language("Kurdish").build()));

        assertThat(render(), containsString("<html lang=\"ar\" dir=\"rtl\">"));
        clearInvocations(templateRenderer);
        assertThat(render(), containsString("<h1>You are not alone. Help is here.</h1>"));
    }

    /**
     * The person can reach the organisation again: its name (isolated, so an English name with brackets keeps its
     * shape in Arabic) and its number, after their language's line; and a line on keeping the page safe or leaving it.
     */
    @Test
    public void handout_shouldSayHowToReachTheOrganisationAgainAndHowToKeepThePageSafe() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().language("Arabic")
                .build()));
        settings.save(organisation("Hope House (Leeds)", "0113 496 0000"));

        String html = StringEscapeUtils.unescapeHtml(render());

        assertThat(html, containsString("<p class=\"safeguarding-handout-us\">للتحدث معنا مرة أخرى، اتصل على: "
                + "<span dir=\"auto\">Hope House (Leeds)</span> – "
                + "<strong class=\"safeguarding-phone\" dir=\"ltr\">0113 496 0000</strong></p>"));
        assertThat(html, containsString("<p class=\"safeguarding-handout-keep-safe\"><strong>احتفظ بهذه الورقة"));
        assertThat(html, not(containsString("does not say how to reach you again")));
    }

    /** A name without a number is no way back: the worker is told on screen what to set, and nothing is printed. */
    @Test
    public void handout_shouldTellTheWorkerOnScreenWhenTheOrganisationCannotBeReached() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().build()));
        settings.save(organisation("Hope House", null));

        String html = render();

        assertThat(html, containsString("<div class=\"aui-message aui-message-info safeguarding-no-print\" lang=\"en\" "
                + "dir=\"ltr\"><p>The handout does not say how to reach you again"));
        assertThat(html, not(containsString("safeguarding-handout-us")));
        assertThat(html, not(containsString("Hope House")));
        assertThat(html, containsString("Keep this page somewhere safe."));
    }

    @Test
    public void handout_shouldShowNothingOfACaseTheUserMayNotSee() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.notVisible());

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        verifyNoInteractions(templateRenderer);
        assertThat(accessLog.latest("SG-12", 10).isEmpty(), is(true));
    }

    /** Opening it is a view; the page itself records a print when the browser prints it (issue 30). */
    @Test
    public void handout_shouldBeRecordedAsViewedAndSayWhereToRecordAPrint() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().build()));
        when(request.getContextPath()).thenReturn("/jira");

        String html = render();

        assertThat(accessLog.latest("SG-12", 10).get(0).detail(), is("safeguarding.access.detail.handout"));
        assertThat(accessLog.latest("SG-12", 10).get(0).kind(), is(AccessKind.VIEWED));
        assertThat(html, containsString("id=\"safeguarding-print\" "
                + "data-printed=\"/jira/rest/safeguarding/1.0/issue/{case}/handout/printed\">"));
    }

    /** Jira finds a moved case by its old key and any key in lower case: the log keeps the key it found (issue 14). */
    @Test
    public void handout_shouldBeRecordedUnderTheKeyOfTheCaseFoundNotAsTyped() throws Exception {
        when(request.getParameter("case")).thenReturn("old-7");
        when(cases.find("old-7")).thenReturn(CaseLookup.found("SG-12", Screening.builder().build()));

        render();

        assertThat(accessLog.latest("SG-12", 10).size(), is(1));
        assertThat(accessLog.latest("old-7", 10).isEmpty(), is(true));
    }

    private static AppSettings organisation(String name, String number) {
        return new AppSettings(Set.of(Nation.ENGLAND), false, false, null, null, null, false, null, null, name,
                number);
    }

    @SuppressWarnings("unchecked")
    private String render() throws Exception {
        servlet.doGet(request, response);
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(HandoutServlet.TEMPLATE), context.capture(), any(Writer.class));
        assertThat("the page requires its styles and scripts before it renders", pageBuilder.drain(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources"));
        assertThat(((List<?>) context.getValue().get("paragraphs")).size(), equalTo(6));
        return new VelocityTemplates().render(HandoutServlet.TEMPLATE, context.getValue()).html();
    }
}
