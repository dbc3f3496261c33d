package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
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
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.PrintedLine;

/** The poster and card, served from the shipped directory and explanations, rendered by real Velocity. */
public class PosterServletTest {
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

    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
    private PosterServlet servlet;

    @Before
    public void setUp() throws Exception {
        servlet = new PosterServlet(userManager, loginUriProvider, new ShippedDirectory(), settings,
                new PageTemplates(templateRenderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                        new PropertiesTexts()));
        when(request.getContextPath()).thenReturn("/jira");
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    public void poster_shouldSayItInArabicFromTheRightWithTheEnglishBesideAndTheNumberInDiallingOrder() throws Exception {
        when(request.getParameter("lang")).thenReturn("ar");

        Document page = page();

        String arabic = Explanations.shipped().forLanguage(Optional.of("ar")).explanation().line(PrintedLine.DANGER);
        assertThat(page.select(".safeguarding-poster-words").eachAttr("dir"), contains("rtl", "ltr"));
        assertThat(page.select(".safeguarding-poster-words").eachAttr("lang"), contains("ar", "en"));
        assertThat(page.select(".safeguarding-poster-words[lang=ar] .safeguarding-poster-danger").text(),
                is(arabic));
        // 999 isolated, so it reads left to right inside the Arabic sentence, as it is dialled.
        assertThat(arabic.contains("\u2066999\u2069"), is(true));
        assertThat(page.select(".safeguarding-poster-number").eachText(), contains("08000 121 700",
                "08000 121 700"));
        assertThat(page.select(".safeguarding-poster-number").eachAttr("dir"), contains("ltr", "ltr"));
        assertThat(page.select(".safeguarding-poster-english .safeguarding-poster-danger").text(),
                is("If you are in danger now, call 999."));
        assertThat(page.select(".safeguarding-poster").hasClass("safeguarding-poster-a4"), is(true));
    }

    @Test
    public void card_shouldGiveTheOrganisationsOwnNumberWhenTheSettingsHaveItAndNoEnglishTwiceForEnglish()
            throws Exception {
        when(request.getParameter("size")).thenReturn("a6");
        settings.save(new AppSettings(Set.of(), false, false, null, null, null, false, null, null, "Haven Shelter",
                "0161 496 0000"));

        Document page = page();

        assertThat(page.select(".safeguarding-poster").hasClass("safeguarding-poster-a6"), is(true));
        assertThat(page.select(".safeguarding-poster-organisation").text(), is("Haven Shelter: 0161 496 0000"));
        assertThat(page.select(".safeguarding-poster-words").size(), is(1));
        assertThat(page.select(".safeguarding-poster-languages li").size(),
                is(Explanations.shipped().languages().size()));
        assertThat(page.select(".safeguarding-poster-languages a").first().attr("href"),
                is("/jira/plugins/servlet/safeguarding/poster?lang=en"));
    }

    @Test
    public void poster_shouldShowAnUnknownLanguageInEnglishAndSayNothingOfAnyone() throws Exception {
        when(request.getParameter("lang")).thenReturn("xx");

        Document page = page();

        assertThat(page.select(".safeguarding-poster-words").attr("lang"), is("en"));
        assertThat(page.select(".safeguarding-poster-organisation").isEmpty(), is(true));
    }

    private Document page() throws Exception {
        servlet.doGet(request, response);
        return RenderedPages.page(templateRenderer, PosterServlet.TEMPLATE);
    }
}
