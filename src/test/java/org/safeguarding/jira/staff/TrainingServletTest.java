package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
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
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.StaffTraining.Trained;
import org.safeguarding.referral.TrainingCourse;

/** Staff training for the leads, over the sample groups, rendered by real Velocity from the servlet's context. */
public class TrainingServletTest {
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

    private final InMemoryTrainingRecords records = new InMemoryTrainingRecords();
    private final InMemorySettings settings = new InMemorySettings(new AppSettings(Set.of(), false, false,
            SampleLeadNames.GROUP, null, null, false, null, null, null, null, "jira-software-users", 12));
    private TrainingServlet servlet;

    @Before
    public void setUp() throws Exception {
        PageTemplates pages = new PageTemplates(templateRenderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                new PropertiesTexts());
        servlet = new TrainingServlet(new StaffPageGate(userManager, loginUriProvider,
                new FiguresReaders(userManager, settings), pages), new StoredStaffReadiness(settings,
                new SampleLeadNames(), new InMemoryPlanStore(), new InMemoryPlanReads(), records), pages,
                new PropertiesTexts(), TODAY);
        when(request.getContextPath()).thenReturn("/jira");
        when(userManager.getRemoteUserKey(request)).thenReturn(LEAD);
        when(userManager.isUserInGroup(LEAD, SampleLeadNames.GROUP)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    public void doGet_shouldPutWhoNeedsTrainingFirstWithTheirRefresherDue() throws Exception {
        records.record("worker", new Trained(TrainingCourse.STOP_THE_TRAFFIK, LocalDate.of(2025, 12, 1)), "lead",
                TODAY.instant());
        records.record("lead", new Trained(TrainingCourse.ORGANISATION, LocalDate.of(2026, 11, 2)), "lead",
                TODAY.instant());

        Document page = page();

        assertThat(page.select("tbody tr").eachText(), contains(
                "admin Never trained",
                "worker Refresher overdue STOP THE TRAFFIK's training 1 Dec 2025 1 Dec 2026",
                "lead Up to date Our own training session 2 Nov 2026 2 Nov 2027"));
        assertThat(page.select("#safeguarding-training-summary").text(),
                is("1 of 3 (33 %) are trained and up to date."));
        assertThat(page.select("main").text(), containsString(VelocityTemplates.text("safeguarding.training.refresher",
                "12")));
        assertThat(page.select("#safeguarding-training-user option").eachAttr("value"),
                contains("", "admin", "lead", "worker"));
        assertThat(page.select("#safeguarding-training-completedOn").attr("max"), is("2026-12-07"));
        assertThat(page.select("form").attr("action"), is("/jira/rest/safeguarding/1.0/training"));
    }

    @Test
    public void doGet_shouldRefuseAWorkerWithAPageSayingWhoMaySeeIt() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));

        Document page = page();

        verify(response).setStatus(403);
        assertThat(page.select("#safeguarding-training-refused").text(),
                is(VelocityTemplates.text("safeguarding.error.training.leads-only")));
        assertThat(page.select("form").isEmpty(), is(true));
    }

    @Test
    public void doGet_shouldAskForTheStaffGroupWhileTheSettingsNameNone() throws Exception {
        settings.save(new AppSettings(Set.of(), false, false, SampleLeadNames.GROUP, null, null));

        assertThat(page().select("#safeguarding-training-no-group").text(), containsString(
                VelocityTemplates.text("safeguarding.training.no-group")));
    }

    private Document page() throws Exception {
        servlet.doGet(request, response);
        return RenderedPages.page(templateRenderer, TrainingServlet.TEMPLATE);
    }
}
