package org.safeguarding.bench;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.check.Answering;
import org.safeguarding.check.VelocityTemplateRenderer;
import org.safeguarding.jira.panel.DirectoryOf;
import org.safeguarding.jira.panel.ServicesServlet;
import org.safeguarding.jira.panel.SharedSections;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.screening.Organisation;

/**
 * Opening whom to call through {@link ServicesServlet}, as the panel's script asks for it: the first time, the
 * section's real bytes written to a writer that keeps them; again, the browser's tag sent and nothing written.
 */
final class WhomToCall {
    private static final String FOR = "england.adult.any";

    private final ServicesServlet servlet;
    private final UserKey worker = new UserKey("worker");
    private final CharArrayWriter written = new CharArrayWriter();
    private final Map<String, String> headers = new HashMap<>();
    private String tag;

    WhomToCall(ResourceDirectory directory) {
        PropertiesTexts texts = new PropertiesTexts();
        UserManager users = Answering.as(UserManager.class, (method, arguments) -> worker);
        servlet = new ServicesServlet(null, users, new DirectoryOf(directory, Explanations.shipped()), new SharedSections(new VelocityTemplateRenderer(), () -> Locale.UK, texts),
                InMemorySettings.of(new Organisation(false, false)),
                new PageTemplates(null, null, new SelfCheck(new UkClock()), texts), texts, new UkClock());
        open(null);
        tag = headers.get("ETag");
    }

    /** The section's size as the browser receives it, in bytes of UTF-8. */
    int bytes() {
        return open(null).getBytes(StandardCharsets.UTF_8).length;
    }

    /** What the servlet writes for a first opening: the whole section. */
    String first() {
        return open(null);
    }

    /** What it writes when the browser asks with the tag it kept: nothing. */
    String again() {
        return open(tag);
    }

    private String open(String ifNoneMatch) {
        written.reset();
        HttpServletRequest request = Answering.as(HttpServletRequest.class, (method, arguments) -> switch (method) {
            case "getMethod" -> "GET";
            case "getParameter" -> "for".equals(arguments[0]) ? FOR : null;
            case "getHeader" -> "If-None-Match".equals(arguments[0]) ? ifNoneMatch : null;
            default -> throw new UnsupportedOperationException(method);
        });
        PrintWriter writer = new PrintWriter(written);
        HttpServletResponse response = Answering.as(HttpServletResponse.class, (method, arguments) -> switch (method) {
            case "setHeader" -> headers.put((String) arguments[0], (String) arguments[1]);
            case "setStatus", "setContentType" -> null;
            case "getWriter" -> writer;
            default -> throw new UnsupportedOperationException(method);
        });
        try {
            servlet.service(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        writer.flush();
        return written.toString();
    }
}
