package org.safeguarding.jira.work;

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
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.figures.FiguresReaders;
import org.safeguarding.jira.selfcheck.SelfCheck;
import org.safeguarding.jira.web.PageTemplates;
import org.safeguarding.jira.web.PropertiesTexts;
import org.safeguarding.jira.web.ThreadPageBuilder;
import org.safeguarding.jira.web.WorkQueues;

/** The page of what needs a lead now: for someone logged in only, and nothing of it before they are. */
public class WorkServletTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private TemplateRenderer templateRenderer;
    @Mock
    private WorkQueues queues;
    @Mock
    private FiguresReaders figuresReaders;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private WorkServlet servlet;

    @Before
    public void setUp() {
        PropertiesTexts texts = new PropertiesTexts();
        servlet = new WorkServlet(userManager, loginUriProvider, queues, figuresReaders,
                new PageTemplates(templateRenderer, new ThreadPageBuilder(), new SelfCheck(), texts), texts);
    }

    @Test
    public void doGet_shouldSendSomeoneLoggedOutToLogInAndShowThemNothing() throws Exception {
        when(request.getRequestURL())
                .thenReturn(new StringBuffer("https://jira.example/plugins/servlet/safeguarding/work"));
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/login.jsp");
        verifyNoInteractions(templateRenderer, queues);
    }

    @Test
    public void doGet_shouldShowTheQueuesToSomeoneLoggedIn() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("lead"));
        when(queues.queues()).thenReturn(List.of());
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        verify(templateRenderer).render(eq(WorkPage.TEMPLATE), any(Map.class), any(Writer.class));
    }
}
