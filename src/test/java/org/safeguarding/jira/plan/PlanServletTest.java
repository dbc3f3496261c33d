package org.safeguarding.jira.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.SafeguardingPlan;

public class PlanServletTest {
    private static final UserKey WORKER = new UserKey("worker");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private TemplateRenderer templateRenderer;
    private final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemoryPlanReads reads = new InMemoryPlanReads();
    private PlanServlet servlet;

    @Before
    public void setUp() {
        servlet = new PlanServlet(userManager, loginUriProvider, store, reads, new FiguresReaders(userManager,
                new InMemorySettings(new AppSettings(Set.of(), false, false, "safeguarding-leads", null, null))),
                new PageTemplates(templateRenderer, pageBuilder, new SelfCheck(new UkClock()), new PropertiesTexts()),
                new PropertiesTexts());
    }

    @Test
    public void doGet_shouldSendAnonymousUsersToLogInFirst() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.org/plugins/servlet/safeguarding/plan"));
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/login.jsp");
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldShowAWorkerTheTemplateUntilAnAdminSavesAPlan() throws Exception {
        Map<String, Object> context = render(WORKER, false);

        assertThat(context.get("template"), equalTo(true));
        assertThat(context.get("admin"), equalTo(false));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) context.get("parts");
        assertThat(parts.get(0).get("heading"), equalTo("Someone who may be vulnerable to trafficking"));
        assertThat(parts.get(3).get("id"), equalTo("whereItLives"));
    }

    @Test
    public void doGet_shouldShowTheSavedPlanAndWhenItChangedWithTheEditLinkForAdmins() throws Exception {
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 12, 1)));
        when(request.getContextPath()).thenReturn("/jira");

        Map<String, Object> context = render(new UserKey("admin"), true);

        assertThat(context.get("template"), equalTo(false));
        assertThat(context.get("changedOn"), equalTo("1 Dec 2026"));
        assertThat(context.get("admin"), equalTo(true));
        assertThat(context.get("adminUrl"), equalTo("/jira/plugins/servlet/safeguarding/admin/plan#safeguarding-plan-heading"));
    }

    @Test
    public void doGet_shouldAskAWorkerToSayTheyReadThisVersionUntilTheyHaveAndHideWhoHasReadIt() throws Exception {
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 12, 1)));
        when(request.getContextPath()).thenReturn("/jira");

        Map<String, Object> before = render(WORKER, false);
        reads.read("worker", store.read().orElseThrow().version(), Instant.parse("2026-12-02T09:00:00Z"));
        clearInvocations(templateRenderer, response);
        Map<String, Object> after = render(WORKER, false);

        assertThat(before.get("reading"), equalTo("ask"));
        assertThat(before.get("readUrl"), equalTo("/jira/rest/safeguarding/1.0/plan/read"));
        assertThat(after.get("reading"), equalTo("read"));
        assertThat(after.get("readersUrl"), equalTo(""));
    }

    @Test
    public void doGet_shouldAskNobodyToHaveReadTheTemplateAndShowAdminsWhoHasReadThePlan() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");

        Map<String, Object> context = render(new UserKey("admin"), true);

        assertThat(context.get("reading"), equalTo(""));
        assertThat(context.get("readersUrl"), equalTo("/jira/plugins/servlet/safeguarding/plan-readers"));
    }

    private Map<String, Object> render(UserKey user, boolean admin) throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(user);
        when(userManager.isAdmin(user)).thenReturn(admin);
        PrintWriter writer = new PrintWriter(new StringWriter());
        when(response.getWriter()).thenReturn(writer);

        servlet.doGet(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(templateRenderer).render(eq(PlanServlet.TEMPLATE), context.capture(), eq(writer));
        assertThat("the page requires its styles and scripts before it renders", pageBuilder.drain(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources"));
        return context.getValue();
    }
}
