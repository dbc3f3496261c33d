package org.safeguarding.jira.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
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
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.Figures;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;

/** The figures page and its CSV file: for admins and the leads' group only, every number a band of ten in both. */
public class FiguresServletTest {
    private static final UserKey USER = new UserKey("sam");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private WebSudoManager webSudo;
    @Mock
    private TemplateRenderer renderer;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final StringWriter written = new StringWriter();
    private final InMemoryPublishedFigures published = new InMemoryPublishedFigures();
    /** The projects the user leads by project role only, and the cases of HOME, the one they may lead. */
    private List<String> roleLed = List.of();
    private final List<Figures.CaseFacts> projectFacts = new ArrayList<>();
    private FiguresServlet servlet;

    @Before
    public void setUp() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(USER);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(webSudo.canExecuteRequest(request)).thenReturn(true);
        // Twelve adults in England and two in Wales in 2025, published; one case in 2024, not yet published.
        List<Figures.CaseFacts> facts = new ArrayList<>(Collections.nCopies(12, adult(Nation.ENGLAND, 2025)));
        facts.addAll(Collections.nCopies(2, adult(Nation.WALES, 2025)));
        facts.add(adult(Nation.WALES, 2024));
        published.keep(new PublishedFigures.Published(Figures.of(2025, facts), LocalDate.of(2026, 1, 12)));
        servlet = servlet(() -> facts, new InMemorySettings(new AppSettings(Set.of(), false, false,
                "safeguarding-leads", null, null)));
    }

    private FiguresServlet servlet(CaseFigures figures, InMemorySettings settings) {
        return new FiguresServlet(userManager, loginUriProvider, webSudo, new FiguresReaders(userManager, settings),
                user -> USER.equals(user) ? roleLed : List.of(), figures, projects -> projectFacts.stream()
                        .filter(facts -> projects.contains("HOME")).toList(), published, new PageTemplates(renderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                new PropertiesTexts()), new PropertiesTexts(),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    }

    private static Figures.CaseFacts adult(Nation nation, int year) {
        return new Figures.CaseFacts(LocalDate.of(year, 11, 3), Set.of(ExploitationType.FORCED_LABOUR), Set.of(),
                Optional.of(nation), Optional.of(false), Optional.empty(), Optional.empty());
    }

    private String page() throws Exception {
        servlet.doGet(request, response);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(FiguresServlet.TEMPLATE), context.capture(), any(Writer.class));
        return new VelocityTemplates().render(FiguresServlet.TEMPLATE, context.getValue()).html();
    }

    @Test
    public void doGet_shouldShowTheLeadsGroupEachPublishedYearInBandsOfTen() throws Exception {
        when(userManager.isUserInGroup(USER, "safeguarding-leads")).thenReturn(true);

        String html = page();

        assertThat(html, containsString("<th scope=\"row\">Wales</th>\n                <td>0 to 9</td>"));
        assertThat(html, containsString("<th scope=\"row\">England</th>\n                <td>10 to 19</td>"));
        assertThat(html, containsString("Concerns raised in 2025: 10 to 19"));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.figures.breakdowns.too-few")));
        assertThat(html, containsString("href=\"/jira/plugins/servlet/safeguarding/figures?format=csv\""));
        assertThat(html, not(containsString("<td>2</td>")));
    }

    @Test
    public void doGet_shouldOfferToPublishEachYearThatIsOverAndSayWhenThisOneCanBe() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);

        String html = page();

        assertThat(html, containsString("action=\"/jira/rest/safeguarding/1.0/figures/2024\""));
        assertThat(html, not(containsString("figures/2025\"")));
        assertThat(html, containsString("2026 is not over yet. Its figures can be published from 1 Jan 2027."));
    }

    /** A view asks Jira for the oldest case only: every case is read when a year is published, not on each view. */
    @Test
    public void doGet_shouldListTheYearsToPublishWithoutReadingEveryCase() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);
        servlet = servlet(new CaseFigures() {
            @Override
            public List<Figures.CaseFacts> facts() {
                throw new AssertionError("every case was read to show the page");
            }

            @Override
            public Optional<LocalDate> firstRaised() {
                return Optional.of(LocalDate.of(2023, 4, 1));
            }
        }, new InMemorySettings(AppSettings.DEFAULTS));

        String html = page();

        assertThat(html, containsString("action=\"/jira/rest/safeguarding/1.0/figures/2023\""));
        assertThat(html, containsString("action=\"/jira/rest/safeguarding/1.0/figures/2024\""));
        assertThat("published already", html, not(containsString("figures/2025\"")));
    }

    @Test
    public void doGet_shouldGiveAnAdminThePublishedFiguresAsACsvFileOneFigureALine() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);
        when(request.getParameter("format")).thenReturn("csv");

        servlet.doGet(request, response);

        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"safeguarding-figures.csv\"");
        String csv = written.toString();
        assertThat(csv, containsString("Year,Counted,Table,Row,Number\r\n"));
        assertThat(csv, containsString("2025,Concerns raised in 2025,By nation,Wales,0 to 9\r\n"));
        assertThat(csv, containsString("2025,Concerns raised in 2025,Total,Total,10 to 19\r\n"));
        assertThat(csv, not(containsString("2024")));
        assertThat(csv, not(containsString("Wales,2")));
    }

    @Test
    public void doGet_shouldAskForThePasswordBeforeShowingAnything() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verifyNoInteractions(renderer);
        assertThat(written.toString(), is(""));
    }

    @Test
    public void doGet_shouldShowNoFiguresRatherThanWrongOnesWhenJiraCannotSearch() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);
        servlet = servlet(() -> {
            throw new CaseFigures.Unavailable(new IllegalStateException("reindexing"));
        }, new InMemorySettings(AppSettings.DEFAULTS));

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                VelocityTemplates.text("safeguarding.error.figures-unavailable"));
        verifyNoInteractions(renderer);
    }

    @Test
    public void doGet_shouldRefuseSomeoneWhoIsNeitherAnAdminNorInTheLeadsGroup() throws Exception {
        servlet.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer).render(eq(FiguresServlet.REFUSED), any(), any(Writer.class));
        verify(renderer, never()).render(eq(FiguresServlet.TEMPLATE), any(), any());
        verify(webSudo, never()).enforceWebSudoProtection(request, response);
    }

    /**
     * A lead named only by project role sees the years over of the cases in their own projects, in the same bands,
     * worked out now: nothing to publish, no CSV, no "published on", and no password to confirm for reading.
     */
    @Test
    public void doGet_shouldShowALeadNamedOnlyByRoleTheirProjectsFiguresWorkedOutNow() throws Exception {
        roleLed = List.of("HOME");
        projectFacts.addAll(Collections.nCopies(11, adult(Nation.ENGLAND, 2025)));
        projectFacts.add(adult(Nation.ENGLAND, 2023));
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        String html = page();

        assertThat(html, containsString("Concerns raised in 2025: 10 to 19"));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.figures.projects", "HOME")));
        assertThat(html, not(containsString("Published on")));
        assertThat(html, not(containsString("safeguarding-figures-publish")));
        assertThat(html, not(containsString("format=csv")));
        assertThat(html, containsString("<h2 id=\"safeguarding-figures-year-2023\">Figures for 2023</h2>"));
        assertThat(html, not(containsString("can be published")));
        verify(webSudo, never()).enforceWebSudoProtection(request, response);
    }

    @Test
    public void doGet_shouldSayWhenNoYearIsOverInTheProjectsALeadLeadsByRole() throws Exception {
        roleLed = List.of("HOME");

        String html = page();

        assertThat(html, containsString(VelocityTemplates.text("safeguarding.figures.projects.none")));
    }
}
