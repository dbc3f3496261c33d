package org.safeguarding.jira.cases;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.mockito.ArgumentCaptor;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;

/**
 * A page of a whole case for its leads, as its tests need it: the lead logged in asking for a case by the key typed
 * ({@code ?case=…}), the case's record from {@link #records} (a mock the test answers), every opening recorded in
 * {@link #access}, and the page rendered by real Velocity from what the servlet gave Jira's renderer.
 */
public final class LeadPageFixture {
    public final UserManager userManager = mock(UserManager.class);
    public final CaseRecords records = mock(CaseRecords.class);
    public final Cases cases = mock(Cases.class);
    public final TemplateRenderer renderer = mock(TemplateRenderer.class);
    public final HttpServletRequest request = mock(HttpServletRequest.class);
    public final HttpServletResponse response = mock(HttpServletResponse.class);
    public final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    public final InMemoryAccessLog access = new InMemoryAccessLog();
    public final PropertiesTexts texts = new PropertiesTexts();

    public LeadPageFixture(String typedKey) {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("lead"));
        when(request.getParameter("case")).thenReturn(typedKey);
        try {
            when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LeadPages leadPages() {
        return new LeadPages(userManager, mock(LoginUriProvider.class), records, cases,
                new AccessRecorder(access, TestUser.worker().lead(), new UkClock()), texts);
    }

    public PageTemplates pages() {
        return new PageTemplates(renderer, pageBuilder, new SelfCheck(new UkClock()), texts);
    }

    /** What the servlet gave Jira's renderer for the template. */
    public Map<String, Object> context(String template) throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(template), context.capture(), any(Writer.class));
        return context.getValue();
    }

    /** The template rendered by real Velocity from what the servlet gave Jira's renderer. */
    public String html(String template) throws Exception {
        return new VelocityTemplates().render(template, context(template)).html();
    }
}
