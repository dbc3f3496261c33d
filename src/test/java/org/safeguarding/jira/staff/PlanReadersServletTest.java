package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.check.RenderedPages;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.SafeguardingPlan;

/** Who has read the plan: the leads' page and its CSV, over the sample groups, rendered by real Velocity. */
public class PlanReadersServletTest {
    private static final UserKey LEAD = new UserKey("lead");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), UkClock.ZONE);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private TemplateRenderer templateRenderer;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryPlanReads reads = new InMemoryPlanReads();
    private final InMemorySettings settings = new InMemorySettings(new AppSettings(Set.of(), false, false,
            SampleLeadNames.GROUP, null, null, false, null, null, null, null, "jira-software-users"));
    private final StringWriter written = new StringWriter();
    private PlanReadersServlet servlet;

    @Before
    public void setUp() throws Exception {
        PageTemplates pages = new PageTemplates(templateRenderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                new PropertiesTexts());
        servlet = new PlanReadersServlet(new StaffPageGate(userManager, loginUriProvider,
                new FiguresReaders(userManager, settings), pages), new StoredStaffReadiness(settings,
                new SampleLeadNames(), store, reads, new InMemoryTrainingRecords()), store, pages,
                new PropertiesTexts(), TODAY);
        when(request.getContextPath()).thenReturn("/jira");
        when(userManager.getRemoteUserKey(request)).thenReturn(LEAD);
        when(userManager.isUserInGroup(LEAD, SampleLeadNames.GROUP)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 12, 1)));
    }

    @Test
    public void doGet_shouldListWhoHasNotReadTheCurrentVersionFirst() throws Exception {
        String current = store.read().orElseThrow().version();
        reads.read("admin", "an-earlier-version", Instant.parse("2026-03-03T09:00:00Z"));
        reads.read("lead", current, Instant.parse("2026-12-02T09:00:00Z"));

        Document page = page();

        assertThat(page.select("tbody tr").eachText(), contains(
                "worker Not read",
                "admin Not read: read an earlier version 3 Mar 2026",
                "lead Read 2 Dec 2026"));
        assertThat(page.select("#safeguarding-plan-readers-summary").text(),
                is("1 of 3 (33 %) have read the current version."));
        assertThat(page.select("caption").text(), containsString("jira-software-users"));
    }

    @Test
    public void doGet_shouldAskForTheStaffGroupWhileTheSettingsNameNone() throws Exception {
        settings.save(new AppSettings(Set.of(), false, false, SampleLeadNames.GROUP, null, null));

        Document page = page();

        assertThat(page.select("#safeguarding-plan-readers-no-group").text(),
                containsString(VelocityTemplates.text("safeguarding.plan.readers.no-group")));
        assertThat(page.select("table").isEmpty(), is(true));
    }

    @Test
    public void doGet_shouldRefuseAWorkerWithAPageSayingWhoMaySeeIt() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));

        Document page = page();

        verify(response).setStatus(403);
        assertThat(page.select("#safeguarding-plan-readers-refused").text(),
                is(VelocityTemplates.text("safeguarding.plan.readers.leads-only")));
        assertThat(page.select("table").isEmpty(), is(true));
    }

    @Test
    public void doGet_shouldGiveTheSameListAsCsvWithEveryCellSafeInASpreadsheet() throws Exception {
        when(request.getParameter("format")).thenReturn("csv");
        settings.save(new AppSettings(Set.of(), false, false, SampleLeadNames.GROUP, null, null, false, null, null,
                null, null, SampleLeadNames.GROUP));
        reads.read("lead", store.read().orElseThrow().version(), Instant.parse("2026-12-02T09:00:00Z"));

        servlet.doGet(request, response);

        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader("Content-Disposition",
                "attachment; filename=\"safeguarding-plan-readers-2026-12-07.csv\"");
        assertThat(written.toString(), is("Name,User key,Read the current version,Last read on\r\n"
                + "lead,lead,yes,2026-12-02\r\n"));
        assertThat(written.toString(), not(containsString("<")));
    }

    private Document page() throws Exception {
        servlet.doGet(request, response);
        return RenderedPages.page(templateRenderer, PlanReadersServlet.TEMPLATE);
    }
}
