package org.safeguarding.jira.sharing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
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
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.safeguarding.jira.selfcheck.SelfCheck;
import org.safeguarding.jira.setup.CaseRecord;
import org.safeguarding.jira.setup.InMemoryCaseValues;
import org.safeguarding.jira.web.AccessRecorder;
import org.safeguarding.jira.web.CaseRecords;
import org.safeguarding.jira.web.Cases;
import org.safeguarding.jira.web.InMemoryAccessLog;
import org.safeguarding.jira.web.InMemoryAgencyLog;
import org.safeguarding.jira.web.LeadPages;
import org.safeguarding.jira.web.PageTemplates;
import org.safeguarding.jira.web.PropertiesTexts;
import org.safeguarding.jira.web.TestUser;
import org.safeguarding.jira.web.ThreadPageBuilder;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;

/** A case's agency and sharing log page for its lead: every entry in words, escaped by real Velocity, the view logged. */
public class AgencyLogServletTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final AgencyShare TO_POLICE = new AgencyShare(Agency.POLICE, "Police <Scotland>",
            LocalDate.of(2026, 11, 30), SharingChannel.PHONE, "Where <b>she</b> works", LawfulBasis.PUBLIC_TASK,
            SharingCondition.SAFEGUARDING, false, "Asking would alert him", "CR/123", Optional.empty());

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private CaseRecords records;
    @Mock
    private Cases cases;
    @Mock
    private TemplateRenderer templateRenderer;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final InMemoryAccessLog access = new InMemoryAccessLog();
    private final InMemoryAgencyLog log = new InMemoryAgencyLog();
    private AgencyLogServlet servlet;

    @Before
    public void setUp() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("lead"));
        when(request.getParameter("case")).thenReturn("SG-1");
        when(request.getContextPath()).thenReturn("/jira");
        when(records.forLead("SG-1")).thenReturn(Optional.of(new CaseRecord("SG-1", "Concern", "",
                new InMemoryCaseValues(), List.of())));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        servlet = new AgencyLogServlet(new LeadPages(userManager, loginUriProvider, records, cases,
                new AccessRecorder(access, TestUser.worker().lead()), new PropertiesTexts()), log, key -> "Sam Lead",
                new PageTemplates(templateRenderer, new ThreadPageBuilder(), new SelfCheck(), new PropertiesTexts()),
                new PropertiesTexts(), Clock.fixed(NINE, ZoneId.of("Europe/London")));
    }

    private String render() throws Exception {
        servlet.doGet(request, response);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(AgencyLogServlet.TEMPLATE), context.capture(), any(Writer.class));
        return new VelocityTemplates().render(AgencyLogServlet.TEMPLATE, context.getValue()).html();
    }

    @Test
    public void doGet_shouldShowEachEntryInWordsMarkCorrectedOnesAndRecordTheView() throws Exception {
        log.append("SG-1", "lead", NINE, TO_POLICE);
        log.append("SG-1", "lead", NINE, new AgencyShare(Agency.POLICE, "Police Scotland", LocalDate.of(2026, 11, 30),
                SharingChannel.PHONE, "Where she works and lives", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, false, "Asking would alert him", null, Optional.of(1L)));

        String html = render();

        assertThat(html, containsString("1. 30 Nov 2026: Police: Police &lt;Scotland&gt;"));
        assertThat(html, containsString("Where &lt;b&gt;she&lt;/b&gt; works"));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.without-consent",
                "Asking would alert him")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.basis.public-task")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.corrected")));
        assertThat(html, containsString("<a href=\"#safeguarding-sharing-entry-1\">"));
        assertThat(html, containsString("action=\"/jira/rest/safeguarding/1.0/issue/SG-1/agency-log\""));
        assertThat(access.latest("SG-1", 1).get(0).kind(), is(AccessKind.VIEWED));
        assertThat(access.latest("SG-1", 1).get(0).detail(), is(AgencyLogServlet.VIEWED));
    }

    @Test
    public void doGet_shouldConfirmOnlyAnEntryOfThisCaseAsJustRecorded() throws Exception {
        log.append("SG-1", "lead", NINE, TO_POLICE);
        when(request.getParameter("recorded")).thenReturn("1");

        assertThat(render(), containsString(VelocityTemplates.text("safeguarding.sharing.recorded", "1")));
    }

    @Test
    public void doGet_shouldSayNothingIsRecordedYetAndOfferNoEntryToCorrect() throws Exception {
        when(request.getParameter("recorded")).thenReturn("7");

        String html = render();

        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.none")));
        assertThat(html, not(containsString("safeguarding-sharing-corrects")));
        assertThat(html, not(containsString("safeguarding-sharing-recorded\"")));
    }
}
