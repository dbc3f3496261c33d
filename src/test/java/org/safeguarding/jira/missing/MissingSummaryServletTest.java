package org.safeguarding.jira.missing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.leads.InMemoryDutyRota;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.referral.Route;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Screening;

public class MissingSummaryServletTest {
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

    private final InMemoryAccessLog accessLog = new InMemoryAccessLog();
    private final InMemoryAgencyLog agencyLog = new InMemoryAgencyLog();
    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
    private InMemoryDutyRota duty;
    private MissingSummaryServlet servlet;

    @Before
    public void setUp() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:15:00Z"), ZoneId.of("Europe/London"));
        PageTemplates pages = new PageTemplates(templateRenderer, pageBuilder, new SelfCheck(new UkClock()),
                new PropertiesTexts());
        duty = new InMemoryDutyRota(key -> key.equals("sam") ? "Sam Lead" : key, clock);
        servlet = new MissingSummaryServlet(new CasePages(userManager, loginUriProvider, cases, pages,
                new PropertiesTexts()), new AccessRecorder(accessLog, TestUser.worker(), new UkClock()),
                new PropertiesTexts(), pages, settings, agencyLog, duty, clock);
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    public void doGet_shouldSendSomeoneNotLoggedInToLogInAndShowNothing() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(null);
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/plugins/servlet/safeguarding/"
                + "missing-summary"));
        when(request.getQueryString()).thenReturn("case=SG-12");
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("https://jira.example/login.jsp"));

        servlet.doGet(request, response);

        verify(loginUriProvider).getLoginUri(URI.create(
                "https://jira.example/plugins/servlet/safeguarding/missing-summary?case=SG-12"));
        verify(response).sendRedirect("https://jira.example/login.jsp");
        verifyNoInteractions(cases, templateRenderer);
    }

    @Test
    public void doGet_shouldSayWhichCaseIsNeededWhenNoneIsNamed() throws Exception {
        for (String missing : new String[] {null, "  "}) {
            when(request.getParameter("case")).thenReturn(missing);

            servlet.doGet(request, response);
        }

        verify(response, times(2)).sendError(HttpServletResponse.SC_BAD_REQUEST,
                "This page needs to be opened from a case. Go back to the case and use its link again.");
        verifyNoInteractions(cases, templateRenderer);
    }

    @Test
    public void doGet_shouldAnswerNotFoundForACaseTheUserMayNotSeeOrAnIssueThatIsNotACase() throws Exception {
        when(request.getParameter("case")).thenReturn("SG-12");
        for (CaseLookup lookup : List.of(CaseLookup.notVisible(), CaseLookup.notACase())) {
            when(cases.find("SG-12")).thenReturn(lookup);

            servlet.doGet(request, response);
        }

        verify(response, times(2)).sendError(HttpServletResponse.SC_NOT_FOUND);
        verifyNoInteractions(templateRenderer);
        assertThat(accessLog.latest("SG-12", 10), equalTo(List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void doGet_shouldRenderTheDescription() throws Exception {
        when(request.getParameter("case")).thenReturn(" SG-12 ");
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().policeDescription(
                new PoliceDescription("5'4\"", null, "Albanian", null, null, null, null, null)).build()));

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(MissingSummaryServlet.TEMPLATE), context.capture(), any(Writer.class));
        assertThat("the page requires its styles and scripts before it renders", pageBuilder.drain(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources"));
        assertThat(context.getValue().get("caseKey"), equalTo("SG-12"));
        assertThat(context.getValue().get("produced"), equalTo("29 Nov 2026, 09:15:00 (Europe/London time)"));
        assertThat(context.getValue().get("child"), equalTo(false));
        List<Map<String, String>> rows = (List<Map<String, String>>) context.getValue().get("rows");
        assertThat(rows.get(0), equalTo(Map.of("label", "Description: height", "value", "5'4\"")));
        CaseAccess recorded = accessLog.latest("SG-12", 10).get(0);
        assertThat(recorded.kind(), equalTo(AccessKind.EXPORTED));
        assertThat(recorded.detail(), equalTo("safeguarding.access.detail.missing-summary"));
        assertThat(recorded.userKey(), equalTo("worker"));
    }

    /** What police can quote and whom they call back, from the case, its sharing log, the settings and the rota. */
    @Test
    @SuppressWarnings("unchecked")
    public void doGet_shouldGiveTheReferencesPoliceCanQuoteAndWhomToCallBack() throws Exception {
        settings.save(new AppSettings(Set.of(), true, false, null, null, null, false, null, null, "Haven Shelter",
                "0161 496 0000"));
        duty.take("SG-12", "sam");
        AgencyShare.Recorded first = agencyLog.append("SG-12", "sam", Instant.parse("2026-11-28T10:00:00Z"),
                share("CAD 4411", List.of()));
        agencyLog.append("SG-12", "sam", Instant.parse("2026-11-28T11:00:00Z"), share("CAD 4412", List.of(first.id())));
        when(request.getParameter("case")).thenReturn("SG-12");
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().build(), Optional.empty(),
                new ReferralRecord(Set.of(Route.NRM_REFERRAL, Route.POLICE), Optional.of(LocalDate.of(2026, 11, 27)),
                        Optional.empty(), Optional.of("NRM-2026-118"))));

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(MissingSummaryServlet.TEMPLATE), context.capture(), any(Writer.class));
        assertThat((List<Map<String, String>>) context.getValue().get("references"), contains(
                Map.of("label", "Referred to", "value", "NRM referral, Police (first referral 27 Nov 2026)"),
                Map.of("label", "Referral reference", "value", "NRM-2026-118"),
                // The corrected entry's reference is not one police can quote; its correction's is.
                Map.of("label", "Other agencies' references", "value", "Greater Manchester Police: CAD 4412")));
        assertThat((List<Map<String, String>>) context.getValue().get("callBack"), contains(
                Map.of("label", "Organisation", "value", "Haven Shelter"),
                Map.of("label", "Call back on", "value", "0161 496 0000"),
                Map.of("label", "Safeguarding lead on duty", "value", "Sam Lead")));
    }

    /** Nothing recorded is said so, line by line: police know what was never recorded. */
    @Test
    @SuppressWarnings("unchecked")
    public void doGet_shouldSayNotRecordedForEachReferenceAndContactTheCaseAndSettingsDoNotHave() throws Exception {
        when(request.getParameter("case")).thenReturn("SG-12");
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().build()));

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(MissingSummaryServlet.TEMPLATE), context.capture(), any(Writer.class));
        for (String part : List.of("references", "callBack")) {
            assertThat(part, ((List<Map<String, String>>) context.getValue().get(part)).stream()
                    .map(row -> row.get("value")).distinct().toList(), contains("Not recorded"));
        }
    }

    private static AgencyShare share(String theirReference, List<Long> corrects) {
        return new AgencyShare(Agency.POLICE, "Greater Manchester Police", LocalDate.of(2026, 11, 28),
                SharingChannel.PHONE, "Her description", LawfulBasis.PUBLIC_TASK, SharingCondition.VITAL_INTERESTS,
                false, "She is missing", theirReference, corrects.stream().findFirst());
    }
}
