package org.safeguarding.jira.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
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
import java.time.LocalDateTime;
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
import org.safeguarding.jira.setup.CaseFields;
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

public class SubjectAccessServletTest {
    private static final CaseRecord SG_1 = new CaseRecord("SG-1", "Concern <at> the shelter", "Met <b>twice</b>",
            new InMemoryCaseValues().with(CaseFields.HEIGHT, "1.60 m\nslim").with(CaseFields.AGE_GROUP, "adult"),
            List.of(new CaseRecord.Note("Ann <Worker>", LocalDateTime.of(2026, 11, 28, 17, 5), "Passport kept\nby boss")));

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
    private final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private final InMemoryAgencyLog agencyLog = new InMemoryAgencyLog();
    private SubjectAccessServlet servlet;

    @Before
    public void setUp() {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(request.getParameter("case")).thenReturn("SG-1");
        servlet = new SubjectAccessServlet(new LeadPages(userManager, loginUriProvider, records, cases,
                new AccessRecorder(log, TestUser.worker()), new PropertiesTexts()), agencyLog, key -> "Sam Lead",
                new PageTemplates(templateRenderer, pageBuilder, new SelfCheck(), new PropertiesTexts()),
                new PropertiesTexts(),
                Clock.fixed(Instant.parse("2026-11-29T09:15:00Z"), ZoneId.of("Europe/London")));
    }

    @Test
    public void doGet_shouldGiveTheCasesLeadEveryRecordedValueUncachedAndRecordTheExport() throws Exception {
        when(records.forLead("SG-1")).thenReturn(Optional.of(SG_1));
        agencyLog.append("SG-1", "lead", Instant.parse("2026-11-29T09:00:00Z"), new AgencyShare(Agency.GUARDIAN,
                null, LocalDate.of(2026, 11, 28), SharingChannel.MEETING, "Her <plan>", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, true, null, "ICTG-9", Optional.empty()));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        verify(response).setHeader("Cache-Control", "no-store");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(SubjectAccessServlet.TEMPLATE), context.capture(), any(Writer.class));
        assertThat("the page requires its styles and scripts before it renders", pageBuilder.drain(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources"));
        assertThat(context.getValue().get("caseKey"), equalTo("SG-1"));
        assertThat(context.getValue().get("produced"), equalTo("29 Nov 2026, 09:15:00"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> rows = (List<Map<String, String>>) context.getValue().get("rows");
        assertThat(rows.get(0), equalTo(Map.of("tab", "Person & description", "field", "Age group", "value", "18 or over")));
        assertThat(log.latest("SG-1", 5).get(0).kind(), is(AccessKind.EXPORTED));

        String html = new VelocityTemplates().render(SubjectAccessServlet.TEMPLATE, context.getValue()).html();
        assertThat(html.contains("Concern &lt;at&gt; the shelter"), is(true));
        assertThat(html.contains("<td class=\"safeguarding-keep-lines\">1.60 m\nslim</td>"), is(true));
        assertThat(html.contains(VelocityTemplates.text("safeguarding.subject-access.check")), is(true));
        assertThat(html.contains("Met &lt;b&gt;twice&lt;/b&gt;"), is(true));
        assertThat(html.contains("<td>Ann &lt;Worker&gt;</td>"), is(true));
        assertThat(html.contains("<td>28 Nov 2026, 17:05:00</td>"), is(true));
        assertThat(html.contains("<td class=\"safeguarding-keep-lines\">Passport kept\nby boss</td>"), is(true));
        assertThat(html.contains("<p class=\"safeguarding-keep-lines\">Her &lt;plan&gt;</p>"), is(true));
        assertThat(html.contains(VelocityTemplates.text("safeguarding.sharing.field.theirReference") + ": ICTG-9"),
                is(true));
    }
}
