package org.safeguarding.jira.platform;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.check.RenderedPages;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.InMemoryAccessLog;

/**
 * A page of the app as its tests need it: someone logged in asking for it in a Jira at {@code /jira}, the page's
 * openings recorded in {@link #access}, and the page rendered by real Velocity from what the servlet gave Jira's
 * renderer (a mock).
 */
public class PageFixture {
    public final UserManager userManager = mock(UserManager.class);
    public final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    public final TemplateRenderer renderer = mock(TemplateRenderer.class);
    public final HttpServletRequest request = mock(HttpServletRequest.class);
    public final HttpServletResponse response = mock(HttpServletResponse.class);
    public final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    public final InMemoryAccessLog access = new InMemoryAccessLog();
    public final PropertiesTexts texts = new PropertiesTexts();

    /** @param userKey who is logged in */
    public PageFixture(String userKey) {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey(userKey));
        when(request.getContextPath()).thenReturn("/jira");
        try {
            when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PageTemplates pages() {
        return new PageTemplates(renderer, pageBuilder, new SelfCheck(new UkClock()), texts);
    }

    /** What the page records in {@link #access}, as a lead, by the clock given. */
    public AccessRecorder recorder(Clock clock) {
        return new AccessRecorder(access, TestUser.worker().lead(), clock);
    }

    /** What the servlet gave Jira's renderer for the template. */
    public Map<String, Object> context(String template) throws Exception {
        return RenderedPages.context(renderer, template);
    }

    /** The template rendered by real Velocity from what the servlet gave Jira's renderer. */
    public String html(String template) throws Exception {
        return RenderedPages.html(renderer, template);
    }
}
