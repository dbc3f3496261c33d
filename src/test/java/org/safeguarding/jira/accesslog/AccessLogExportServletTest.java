package org.safeguarding.jira.accesslog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SpreadsheetSafe;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

public class AccessLogExportServletTest {
    private static final UserKey ADMIN = new UserKey("admin");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private WebSudoManager webSudoManager;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private final StringWriter written = new StringWriter();
    private AccessLogExportServlet servlet;

    @Before
    public void setUp() {
        servlet = new AccessLogExportServlet(userManager, loginUriProvider, webSudoManager, log,
                userKey -> userKey.equals("eve") ? "=HYPERLINK(\"http://evil\")" : "Amira Haddad, lead",
                new PropertiesTexts(), Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
        log.append(new CaseAccess("SG-1", "amira", Instant.parse("2026-11-28T17:45:00.123456Z"), AccessKind.VIEWED,
                "safeguarding.access.detail.case"));
        log.append(new CaseAccess("SG-2", "eve", Instant.parse("2026-11-29T08:00:00Z"), AccessKind.EXPORTED, null));
    }

    @Test
    public void doGet_shouldSendSomeoneNotLoggedInToLogIn() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.org/x"));
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/login.jsp");
        verify(response, never()).getWriter();
    }

    @Test
    public void doGet_shouldRefuseAnyoneButAnAdmin() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(response, never()).getWriter();
    }

    @Test
    public void doGet_shouldAskAnAdminToConfirmTheirPasswordFirst() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);

        servlet.doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verify(response, never()).getWriter();
    }

    @Test
    public void doGet_shouldGiveAnAdminEveryEntryOldestFirstWithFormulasMadeText() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(written));

        servlet.doGet(request, response);

        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader("Content-Disposition",
                "attachment; filename=\"safeguarding-access-log-2026-11-29.csv\"");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(written.toString())).getRecords();
        assertThat(List.copyOf(rows.get(0).toList()), is(List.of(AccessLogExportServlet.HEADER)));
        assertThat(rows.get(1).toList(), is(List.of("SG-1", "Amira Haddad, lead", "amira", "2026-11-28T17:45:00Z",
                "Viewed", "The case, with its safeguarding panel")));
        assertThat(rows.get(2).get(1), is("'=HYPERLINK(\"http://evil\")"));
        assertThat(rows.get(2).get(5), is(""));
        assertThat(rows.size(), is(3));
    }

    @Test
    public void doGet_shouldLookEachPersonsNameUpOncePerExport() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        for (int i = 0; i < 50; i++) {
            log.append(new CaseAccess("SG-3", "amira", Instant.parse("2026-11-29T08:30:00Z"), AccessKind.VIEWED,
                    null));
        }
        Map<String, Integer> lookUps = new HashMap<>();
        new AccessLogExportServlet(userManager, loginUriProvider, webSudoManager, log, userKey -> {
            lookUps.merge(userKey, 1, Integer::sum);
            return userKey;
        }, new PropertiesTexts(), Clock.systemUTC()).doGet(request, response);

        assertThat(CSVFormat.DEFAULT.parse(new StringReader(written.toString())).getRecords().size(), is(53));
        assertThat(lookUps, is(Map.of("amira", 1, "eve", 1)));
    }

    @Test
    public void cell_shouldMakeEveryFormulaStartText() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetSafe.cell(formula), is("'" + formula));
        }
        for (String hidden : new String[] {" =1+1", "\n=HYPERLINK(\"x\")", "  \n @SUM(A1)", "\u00a0-2"}) {
            assertThat(hidden, SpreadsheetSafe.cell(hidden), is("'" + hidden));
        }
        assertThat(SpreadsheetSafe.cell("SG-1"), is("SG-1"));
        assertThat(SpreadsheetSafe.cell("  Anna Smith"), is("  Anna Smith"));
        assertThat(SpreadsheetSafe.cell(""), is(""));
    }
}
