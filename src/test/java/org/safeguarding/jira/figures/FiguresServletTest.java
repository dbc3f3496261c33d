package org.safeguarding.jira.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

/** The figures page and its CSV file: for admins and the leads' group only, small numbers suppressed in both. */
public class FiguresServletTest {
    private static final UserKey USER = new UserKey("sam");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private TemplateRenderer renderer;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final StringWriter written = new StringWriter();
    private FiguresServlet servlet;

    @Before
    public void setUp() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(USER);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        // Twelve adults in England and two in Wales in one quarter: Wales's two must not be shown, and with the total
        // of 14 published, neither can England's twelve, or 14 - 12 would give Wales away.
        List<Figures.CaseFacts> facts = new ArrayList<>(Collections.nCopies(12, adult(Nation.ENGLAND)));
        facts.addAll(Collections.nCopies(2, adult(Nation.WALES)));
        InMemorySettings settings = new InMemorySettings(new AppSettings(Set.of(), false, false, "safeguarding-leads",
                null, null));
        servlet = new FiguresServlet(userManager, loginUriProvider, new FiguresReaders(userManager, settings),
                () -> facts, new PageTemplates(renderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                new PropertiesTexts()), new PropertiesTexts(),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    }

    private static Figures.CaseFacts adult(Nation nation) {
        return new Figures.CaseFacts(LocalDate.of(2026, 11, 3), Set.of(ExploitationType.FORCED_LABOUR), Set.of(),
                Optional.of(nation), Optional.of(false), Optional.empty());
    }

    @Test
    public void doGet_shouldShowTheLeadsGroupTheTablesWithSmallNumbersAsFewerThan5() throws Exception {
        when(userManager.isUserInGroup(USER, "safeguarding-leads")).thenReturn(true);

        servlet.doGet(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(FiguresServlet.TEMPLATE), context.capture(), any(Writer.class));
        String html = new VelocityTemplates().render(FiguresServlet.TEMPLATE, context.getValue()).html();
        assertThat(html, containsString("<th scope=\"row\">Wales</th>\n                <td>fewer than 5</td>"));
        assertThat(html, containsString("<th scope=\"row\">England</th>\n                <td>hidden</td>"));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.figures.many-per-case")));
        assertThat(html, containsString("href=\"/jira/plugins/servlet/safeguarding/figures?format=csv\""));
    }

    @Test
    public void doGet_shouldGiveAnAdminTheSameTablesAsACsvFile() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);
        when(request.getParameter("format")).thenReturn("csv");

        servlet.doGet(request, response);

        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"safeguarding-figures.csv\"");
        String csv = written.toString();
        assertThat(csv, containsString("By nation,2026 Q4,Total\r\n"));
        assertThat(csv, containsString("Wales,fewer than 5,fewer than 5\r\n"));
        assertThat(csv, containsString("England,hidden,hidden\r\n"));
        assertThat(csv, containsString("Total,14,14\r\n"));
        assertThat(csv, not(containsString("Wales,2")));
    }

    @Test
    public void doGet_shouldShowNoFiguresRatherThanWrongOnesWhenJiraCannotSearch() throws Exception {
        when(userManager.isAdmin(USER)).thenReturn(true);
        servlet = new FiguresServlet(userManager, loginUriProvider, new FiguresReaders(userManager,
                new InMemorySettings(AppSettings.DEFAULTS)), () -> {
                    throw new CaseFigures.Unavailable(new IllegalStateException("reindexing"));
                }, new PageTemplates(renderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                        new PropertiesTexts()),
                new PropertiesTexts(), Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                VelocityTemplates.text("safeguarding.error.figures-unavailable"));
        verifyNoInteractions(renderer);
    }

    @Test
    public void doGet_shouldRefuseSomeoneWhoIsNeitherAnAdminNorInTheLeadsGroup() throws Exception {
        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN,
                VelocityTemplates.text("safeguarding.error.figures-leads-only"));
        verifyNoInteractions(renderer);
        assertThat(written.toString(), is(""));
    }
}
