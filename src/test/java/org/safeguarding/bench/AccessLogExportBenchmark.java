package org.safeguarding.bench;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mockito.Mockito;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.jira.accesslog.AccessLogExportServlet;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * The access log's CSV export of a million rows, through the real servlet, in a JVM of 64 MB of heap: a log read 500
 * rows at a time by key, as {@code AoAccessLog} reads Active Objects, each page made only when asked for, and the CSV
 * written to a writer that keeps nothing. If the export held the log, or its CSV, in memory it would run out of heap.
 * One operation is one whole export: rows per second are the rows divided by its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class AccessLogExportBenchmark {
    private static final int PAGE = 500;
    private static final UserKey ADMIN = new UserKey("admin");

    @Param({"1000000"})
    public int rows;

    private AccessLogExportServlet servlet;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private CharCounter written;

    @Setup
    public void setUp() throws IOException {
        UserManager users = Mockito.mock(UserManager.class);
        WebSudoManager webSudo = Mockito.mock(WebSudoManager.class);
        request = Mockito.mock(HttpServletRequest.class);
        response = Mockito.mock(HttpServletResponse.class);
        Mockito.when(request.getMethod()).thenReturn("GET");
        Mockito.when(users.getRemoteUserKey(request)).thenReturn(ADMIN);
        Mockito.when(users.isAdmin(ADMIN)).thenReturn(true);
        Mockito.when(webSudo.canExecuteRequest(request)).thenReturn(true);
        written = new CharCounter();
        Mockito.when(response.getWriter()).thenReturn(new PrintWriter(written));
        servlet = new AccessLogExportServlet(users, Mockito.mock(LoginUriProvider.class), webSudo, new PagedLog(rows),
                key -> "Worker " + key, new PropertiesTexts(), new UkClock());
    }

    @Benchmark
    public long export() throws IOException, ServletException {
        servlet.service(request, response);
        return written.count;
    }

    /** A log of many rows over 5,000 cases and 40 people, read a page at a time, each page made when asked for. */
    private static final class PagedLog implements AccessLog {
        private static final AccessKind[] KINDS = AccessKind.values();
        private static final Instant START = Instant.parse("2025-01-01T09:00:00Z");
        private final int rows;

        PagedLog(int rows) {
            this.rows = rows;
        }

        @Override
        public void forEach(Consumer<CaseAccess> each) {
            for (int from = 0; from < rows; from += PAGE) {
                List<CaseAccess> page = new ArrayList<>(PAGE);
                for (int i = from; i < Math.min(from + PAGE, rows); i++) {
                    page.add(new CaseAccess("SG-" + (i % 5000 + 1), "user" + (i % 40), START.plusSeconds(i * 30L),
                            KINDS[i % KINDS.length], i % 3 == 0 ? null : "safeguarding.access.detail.case"));
                }
                page.forEach(each);
            }
        }

        @Override
        public void append(CaseAccess access) {
            throw new UnsupportedOperationException("the export only reads");
        }

        @Override
        public List<CaseAccess> latest(String caseKey, int limit) {
            throw new UnsupportedOperationException("the export only reads");
        }

        @Override
        public List<CaseAccess> ofKind(String caseKey, AccessKind kind) {
            throw new UnsupportedOperationException("the export only reads");
        }
    }

    /** Where the CSV goes: counted, not kept. */
    private static final class CharCounter extends Writer {
        private long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
            // Nothing is kept.
        }

        @Override
        public void close() {
            // Nothing is kept.
        }
    }
}
