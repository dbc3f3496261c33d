package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.check.RenderedPages;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;

/** The staff page "Spot the signs", served from the shipped directory and rendered by real Velocity. */
public class SpotTheSignsServletTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private TemplateRenderer templateRenderer;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    private SpotTheSignsServlet servlet;

    @Before
    public void setUp() {
        servlet = new SpotTheSignsServlet(userManager, loginUriProvider, new ShippedDirectory(),
                new PageTemplates(templateRenderer, pageBuilder, new SelfCheck(new UkClock()), new PropertiesTexts()),
                new PropertiesTexts());
        when(request.getContextPath()).thenReturn("/jira");
    }

    @Test
    public void doGet_shouldSendAnonymousUsersToLogInFirst() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.org/plugins/servlet/safeguarding/spot-the-signs"));
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/login.jsp");
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void page_shouldPutDangerFirstThenTheLeafletsThreeQuestionsInTheGuidedPagesWords() throws Exception {
        Document page = render();

        assertThat(page.select("main > h1").text(), is(VelocityTemplates.text("safeguarding.signs.title")));
        String text = page.select("main").text();
        assertThat(text.indexOf(VelocityTemplates.text("safeguarding.signs.danger")),
                lessThan(text.indexOf(VelocityTemplates.text("safeguarding.raise.step.ask"))));
        assertThat(page.select("#safeguarding-signs-ask + p + ol > li > strong").eachText(), contains(
                VelocityTemplates.text("safeguarding.question.journey-arranged"),
                VelocityTemplates.text("safeguarding.question.owes-money"),
                VelocityTemplates.text("safeguarding.question.forced-or-held")));
    }

    @Test
    public void page_shouldListEverySignByItsGroupAsTheGuidedPageDoes() throws Exception {
        Document page = render();
        Map<String, Object> raise = new RaiseForm(new PropertiesTexts()).context(List.of(), null,
                new ShippedDirectory().explanations());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) raise.get("indicatorGroups");
        assertThat(page.select(".safeguarding-signs-group h3").eachText(),
                is(groups.stream().map(group -> (String) group.get("label")).toList()));
        assertThat(page.select(".safeguarding-signs-group li").size(), is(groups.stream()
                .mapToInt(group -> ((List<?>) group.get("indicators")).size()).sum()));
    }

    @Test
    public void page_shouldSayWhomToTellAndWhomAnyoneMayCallWithLinksToRaiseAndThePlan() throws Exception {
        Document page = render();

        assertThat(page.select("a[href=/jira/plugins/servlet/safeguarding/raise]").text(),
                is(VelocityTemplates.text("safeguarding.signs.tell.raise")));
        assertThat(page.select("a[href=/jira/plugins/servlet/safeguarding/plan]").size(), is(1));
        List<String> services = page.select(".safeguarding-signs-services li").eachText();
        assertThat(services.get(0), is("Police: emergency: 999"));
        assertThat(services, hasItem(
                "Modern Slavery & Exploitation Helpline (Unseen): 08000 121 700"));
        // For everyone in every nation: a service for one nation, or for children only, is the panel's to offer.
        assertThat(String.join("\n", services), not(containsString("Childline")));
        assertThat(String.join("\n", services), not(containsString("TARA")));
    }

    private Document render() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        assertThat(pageBuilder.drain(), contains("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources"));
        return RenderedPages.page(templateRenderer, SpotTheSignsServlet.TEMPLATE);
    }
}
