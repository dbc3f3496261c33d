package org.safeguarding.jira.accesslog;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.platform.AdminGate;
import org.safeguarding.jira.platform.SpreadsheetSafe;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UserNames;

/**
 * The whole access log as CSV ({@code /plugins/servlet/safeguarding/access-log.csv}), for Jira admins after WebSudo:
 * one row per entry, oldest first, times in UTC. Every cell that a spreadsheet would read as a formula is made text.
 */
@Named
public class AccessLogExportServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/access-log.csv";
    static final String[] HEADER = {"Case", "User", "User key", "When (UTC)", "What", "Detail"};
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient AccessLog log;
    private final transient UserNames names;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public AccessLogExportServlet(UserManager userManager, LoginUriProvider loginUriProvider,
                                  WebSudoManager webSudoManager, AccessLog log, UserNames names, Texts texts,
                                  Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.log = log;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminGate.passes(request, response, userManager, loginUriProvider, webSudoManager)) {
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"safeguarding-access-log-"
                + LocalDate.now(clock) + ".csv\"");
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).build().print(response.getWriter());
        try {
            // A log holds few people and few kinds of words in many rows: each is looked up once per export.
            Map<String, String> displayNames = new HashMap<>();
            Map<String, String> words = new HashMap<>();
            Texts once = (key, arguments) -> arguments.length > 0 ? texts.text(key, arguments)
                    : words.computeIfAbsent(key, texts::text);
            log.forEach(access -> {
                try {
                    csv.printRecord(SpreadsheetSafe.cells(access.caseKey(),
                            displayNames.computeIfAbsent(access.userKey(), names::displayName), access.userKey(),
                            // To the second, in UTC with its Z, as a spreadsheet reads it whatever the reader's zone.
                            access.at().truncatedTo(ChronoUnit.SECONDS).toString(),
                            once.text(access.kind().labelKey()),
                            AccessTexts.detail(access, once)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }
}
