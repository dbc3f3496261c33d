package org.safeguarding.jira.platform;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.times;
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
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.raise.ConcernRaiser;
import org.safeguarding.jira.raise.RaiseConcernServlet;
import org.safeguarding.jira.work.WorkQueues;
import org.safeguarding.jira.work.WorkServlet;
import org.safeguarding.resources.Explanations;

/**
 * The pages anyone logged in may open that have no other test of their gate (what needs me now, the guided raise
 * page): someone logged out is sent to log in and shown nothing of them; someone logged in gets the page.
 */
public class LoggedOutPagesTest {
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
    private ConcernRaiser raiser;
    @Mock
    private DirectorySource directory;
    @Mock
    private FiguresReaders figuresReaders;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private List<HttpServlet> pages;

    @Before
    public void setUp() {
        lenient().when(directory.explanations()).thenReturn(Explanations.shipped());
        PropertiesTexts texts = new PropertiesTexts();
        PageTemplates templates = new PageTemplates(templateRenderer, new ThreadPageBuilder(),
                new SelfCheck(new UkClock()), texts);
        pages = List.of(new WorkServlet(userManager, loginUriProvider, queues, figuresReaders, user -> List.of(), null,
                templates, texts, new UkClock()),
                new RaiseConcernServlet(userManager, loginUriProvider, raiser, directory,
                        new InMemoryPlanStore(), new InMemoryPlanReads(), templates, texts, new UkClock()));
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/plugins/servlet/safeguarding"));
    }

    @Test
    public void everyPage_shouldSendSomeoneLoggedOutToLogInAndShowThemNothing() throws Exception {
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/login.jsp"));

        for (HttpServlet page : pages) {
            page.service(request, response);
        }

        verify(response, times(pages.size())).sendRedirect("/login.jsp");
        verifyNoInteractions(templateRenderer, queues, raiser, figuresReaders);
    }

    @Test
    public void everyPage_shouldRenderForSomeoneLoggedIn() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        for (HttpServlet page : pages) {
            page.service(request, response);
        }

        verify(templateRenderer, times(pages.size()))
                .render(anyString(), anyMap(), any(Writer.class));
    }
}
