package org.safeguarding.jira.panel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.check.VelocityTemplateRenderer;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.PersonConcerns;
import org.safeguarding.jira.leads.CaseLeadNames;
import org.safeguarding.jira.leads.InMemoryDutyRota;
import org.safeguarding.jira.leads.InMemoryLeadsTold;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.IndicatorGroup;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;

/** The resources panel's context with Mockito for Jira, rendered through real Velocity as Jira renders it. */
public class ResourcesPanelTest {
    private static final String TEMPLATE = "templates/panel/resources.vm";

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private Cases cases;
    @Mock
    private Issue issue;
    @Mock
    private ApplicationProperties application;
    @Mock
    private PersonConcerns personConcerns;

    private ResourceDirectory directory = DefaultDirectory.load();
    private final VelocityTemplates velocity = new VelocityTemplates();
    private final InMemorySettings settings = InMemorySettings.of(new Organisation(false, false));
    private final InMemoryAccessLog accessLog = new InMemoryAccessLog();
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

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/London"));
    private final Texts texts = new PropertiesTexts();
    private final SharedSections shared = new SharedSections(new VelocityTemplateRenderer(), () -> Locale.UK,
            new PropertiesTexts());
    private DirectorySource source;
    private ResourcesPanelContext panel;
    private List<String> leads = List.of("Amira Lead", "Sam Lead");
    private boolean leadsTheCase;
    private final InMemoryLeadsTold told = new InMemoryLeadsTold();
    private final TestUser user = TestUser.worker();
    private final InMemoryDutyRota duty = new InMemoryDutyRota(key -> "lead".equals(key) ? "Sam Lead" : "Ola Lead",
            Clock.fixed(Instant.parse("2026-11-29T08:30:00Z"), ZoneId.of("Europe/London")));

    @Before
    public void setUp() {
        when(issue.getKey()).thenReturn("SG-12");
        source = new DirectorySource() {
            @Override
            public ResourceDirectory directory() {
                return directory;
            }

            @Override
            public Explanations explanations() {
                return Explanations.shipped();
            }
        };
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        // Jira passes the issue; each test says what finding it by its key gives.
        when(cases.find(any(Issue.class))).thenAnswer(call -> cases.find(call.<Issue>getArgument(0).getKey()));
        panel = new ResourcesPanelContext(cases, key -> leadsTheCase, application, source, shared, settings,
                new AccessRecorder(accessLog, user, clock), new CaseCard((shown, named) -> Optional.ofNullable(leads)
                        .map(CaseLeadNames.Named::of), told, texts, clock),
                new LeadOnDutyLine(duty, user, texts, clock), new OtherConcernsLine(personConcerns, texts), texts,
                clock);
    }

    /** A second concern about a guest is read with the first: the others the viewer may see, newest first. */
    @Test
    public void panel_shouldListTheOtherConcernsAboutThePersonByTheirReference() {
        when(personConcerns.others("SG-12", "G-1023")).thenReturn(List.of(
                new PersonConcerns.Other("SG-9", Optional.of(ReferralStep.CLOSED), LocalDate.of(2026, 3, 3)),
                new PersonConcerns.Other("OPS-4", Optional.empty(), LocalDate.of(2025, 11, 20))));

        Document page = Jsoup.parse(render(contextFor(Screening.builder()
                .personReference("G-1023").build())));

        assertThat(page.select("#safeguarding-other-concerns p").first().text(), is("There are 2 other concerns about "
                + "this person (the same person reference), newest first:"));
        assertThat(page.select("#safeguarding-other-concerns li").eachText(), contains(
                "SG-9: " + texts.text(ReferralStep.CLOSED.labelKey()) + ", raised 3 Mar 2026",
                "OPS-4: not in the safeguarding workflow, raised 20 Nov 2025"));
        assertThat(page.select("#safeguarding-other-concerns a").first().attr("href"), is("/jira/browse/SG-9"));
        // Only a lead of the case is offered the person's chronology.
        assertThat(page.select("#safeguarding-person-chronology").isEmpty(), is(true));
    }

    @Test
    public void panel_shouldOfferALeadOfTheCaseThePersonsChronology() {
        leadsTheCase = true;
        when(personConcerns.others("SG-12", "G-1023")).thenReturn(List.of(
                new PersonConcerns.Other("SG-9", Optional.of(ReferralStep.CLOSED), LocalDate.of(2026, 3, 3))));

        Document page = Jsoup.parse(render(contextFor(Screening.builder().personReference("G-1023").build())));

        assertThat(page.select("#safeguarding-other-concerns p").first().text(), is("There is 1 other concern about "
                + "this person (the same person reference):"));
        assertThat(page.select("#safeguarding-person-chronology").attr("href"),
                is("/jira/plugins/servlet/safeguarding/chronology?case=SG-12&person=yes"));
    }

    @Test
    public void panel_shouldAskForNoOtherConcernsWithoutAReferenceAndSayNothingWhenThereAreNone() {
        String without = render(contextFor(Screening.builder().build()));
        String none = render(contextFor(Screening.builder().personReference("G-1023").build()));

        verify(personConcerns).others("SG-12", "G-1023");
        verifyNoMoreInteractions(personConcerns);
        assertThat(without, not(containsString("safeguarding-other-concerns")));
        assertThat(none, not(containsString("safeguarding-other-concerns")));
    }

    /** A name typed into the field on Jira's own screen is named as the problem, and never searched for. */
    @Test
    public void panel_shouldAskForTheNumberWhenTheReferenceIsANameAndSearchForNothing() {
        Document page = Jsoup.parse(render(contextFor(Screening.builder().personReference("Amira Hassan").build())));

        assertThat(page.select("#safeguarding-person-reference-problem").text(), is(VelocityTemplates.text(
                "safeguarding.panel.person-reference.problem")));
        verifyNoInteractions(personConcerns);
    }

    @Test
    public void panel_shouldSayAtLeastWhenTheMostListedAreFound() {
        when(personConcerns.others("SG-12", "G-1023")).thenReturn(IntStream
                .range(0, PersonConcerns.MOST).mapToObj(n -> new PersonConcerns.Other("SG-" + n, Optional.empty(),
                        LocalDate.of(2026, 1, 1))).toList());

        Map<String, Object> context = contextFor(Screening.builder().personReference("G-1023").build());

        assertThat(context.get("otherConcernsSaid"), is("There are at least 10 other concerns about this person (the "
                + "same person reference), newest first:"));
    }

    @Test
    public void panel_shouldSayInWordsToCall999WhenSomeoneIsInDangerNow() {
        Map<String, Object> context = contextFor(Screening.builder().immediateDanger(Answer.YES)
                .nation(Nation.ENGLAND).build());

        assertThat(context.get("immediateDanger"), is(true));
        String html = render(context);
        assertThat(html, containsString("role=\"alert\""));
        assertThat(html, containsString("Someone may be in danger now: call the police on 999."));
        assertThat(html, containsString("If it is not an emergency, call 101."));
    }

    @Test
    public void panel_shouldListWhatToDoNextEachWithItsReason() {
        Map<String, Object> context = contextFor(Screening.builder().immediateDanger(Answer.NO).build());

        assertThat(context.get("immediateDanger"), is(false));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> actions = (List<Map<String, String>>) context.get("actions");
        assertThat(actions.isEmpty(), is(false));
        actions.forEach(action -> assertThat(action.get("reason"), not(emptyString())));
        String html = render(context);
        assertThat(html, not(containsString("role=\"alert\"")));
        assertThat(html, containsString("Why: " + actions.get(0).get("reason")));
    }

    @Test
    public void services_shouldBeTheCasesNationsWithWhenEachWasChecked() throws Exception {
        String html = services(Screening.builder().nation(Nation.SCOTLAND).ageGroup(AgeGroup.ADULT)
                .build());

        assertThat(html, containsString("Services for Scotland."));
        assertThat(html, containsString(
                "<a class=\"safeguarding-phone\" href=\"tel:01418847900\" dir=\"ltr\">0141 884 7900</a>"));
        assertThat(html, not(containsString("0800 808 3733")));
        assertThat(html, containsString("Details last checked 1 Dec 2026"));
        assertThat(html, containsString("<a class=\"safeguarding-phone\" href=\"tel:999\" dir=\"ltr\">999</a>"));
    }

    @Test
    public void panel_shouldRecordThatTheWorkerOpenedTheCase() {
        contextFor(Screening.builder().build());

        List<CaseAccess> entries = accessLog.latest("SG-12", 10);
        assertThat(entries.size(), is(1));
        assertThat(entries.get(0).userKey(), is("worker"));
        assertThat(entries.get(0).kind(), is(AccessKind.VIEWED));
        assertThat(entries.get(0).detail(), is("safeguarding.access.detail.case"));
    }

    @Test
    public void panel_shouldLinkToWhereWorkersLearnTheSigns() {
        String html = render(contextFor(Screening.builder().build()));

        assertThat(html, containsString("Learn the signs with STOP THE TRAFFIK"));
        assertThat(html, containsString("<a href=\"https://stopthetraffik.org/what-is-human-trafficking/spot-the-signs/"
                + "sexual-exploitation/\" target=\"_blank\" rel=\"noopener noreferrer\">"));
    }

    @Test
    public void panel_shouldLinkToTheOrganisationsSafeguardingPlan() {
        Map<String, Object> context = contextFor(Screening.builder().build());

        assertThat(context.get("planUrl"), is("/jira/plugins/servlet/safeguarding/plan"));
        assertThat(render(context), containsString("<a href=\"/jira/plugins/servlet/safeguarding/plan\">"
                + "Our safeguarding plan</a>"));
    }

    @Test
    public void services_shouldTakeACaseThatDoesNotSayWhereToBeInTheOnlyNationTheOrganisationWorksIn() throws Exception {
        Screening nowhere = Screening.builder().ageGroup(AgeGroup.ADULT).build();
        assertThat(services(nowhere), containsString("0800 808 3733"));

        settings.save(new AppSettings(Set.of(Nation.SCOTLAND), false, false, null, null, null));
        String html = services(nowhere);

        assertThat(html, containsString("Services for Scotland."));
        assertThat(html, not(containsString("0800 808 3733")));
    }

    @Test
    public void services_shouldGiveAChildTheChildTraffickingGuardians() throws Exception {
        String html = services(Screening.builder().nation(Nation.ENGLAND).ageGroup(AgeGroup.UNDER_18)
                .build());

        assertThat(html, containsString("Independent Child Trafficking Guardians"));
        assertThat(html, not(containsString("The Salvation Army")));
    }

    @Test
    public void services_shouldRenderAnEntryNamedLikeAScriptInert() throws Exception {
        directory = new ResourceDirectory(List.of(new Resource("x", "<script>alert(1)</script>", "999",
                "https://example.org/?a=1&b=2", Set.of(), Audience.EVERYONE, ResourceCategory.EMERGENCY,
                List.of(), LocalDate.of(2026, 11, 1), "https://example.org", "<b>bold</b>", false)));

        String html = services(Screening.builder().build());

        assertThat(html, not(containsString("<script>")));
        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, containsString("&lt;b&gt;bold&lt;/b&gt;"));
        assertThat(html, containsString("href=\"https://example.org/?a=1&amp;b=2\""));
    }

    /** An address an older version or the database let through is checked again before it is drawn as a link. */
    @Test
    public void services_shouldNeverDrawAScriptAddressAsALink() throws Exception {
        directory = new ResourceDirectory(List.of(new Resource("x", "A service", "999", "javascript:alert(1)",
                Set.of(), Audience.EVERYONE, ResourceCategory.EMERGENCY, List.of(), LocalDate.of(2026, 11, 1),
                "https://example.org", null, false)));

        String html = services(Screening.builder().build());

        assertThat(html, not(containsString("javascript:")));
    }

    @Test
    public void panel_shouldShowNothingOfACaseTheUserMayNotBrowse() {
        when(cases.find("SG-12")).thenReturn(CaseLookup.notVisible());

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue));

        assertThat(context.get("visible"), is(false));
        assertThat(context.containsKey("servicesUrl"), is(false));
        assertThat(render(context).trim(), equalTo(""));
    }

    @Test
    public void services_shouldSayTheyAreForEveryNationWhenTheNationIsNotRecorded() throws Exception {
        String html = services(Screening.builder().build());

        assertThat(html, containsString("Services for every UK nation"));
        assertThat(html, containsString("<h4>In danger now</h4>"));
    }

    /** The explanations are for the same nation as whom to call: the only one worked in, when the case says none. */
    @Test
    public void panel_shouldExplainForTheOnlyNationTheOrganisationWorksInWhenTheCaseSaysNone() {
        Screening nowhere = Screening.builder().ageGroup(AgeGroup.ADULT).build();
        String notification = "must still tell the Home Office";
        assertThat(render(contextFor(nowhere)), containsString(notification));

        settings.save(new AppSettings(Set.of(Nation.SCOTLAND), false, false, null, null, null));

        assertThat(render(contextFor(nowhere)), not(containsString(notification)));
    }

    /** Whom to call is fetched when the worker opens it: a view's cost does not grow with the directory. */
    @Test
    public void panel_shouldLinkWhomToCallToItsOwnPageAndHoldNoService() {
        Map<String, Object> context = contextFor(Screening.builder().nation(Nation.ENGLAND).build());

        assertThat(context.get("servicesUrl"), is("/jira/plugins/servlet/safeguarding/services?case=SG-12"));
        String html = render(context);
        assertThat(html, containsString("<div id=\"safeguarding-services-list\" data-safeguarding-services=\""
                + "/jira/plugins/servlet/safeguarding/services?for=england.adult.any\""));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/services?case=SG-12\" "
                + "target=\"_blank\" rel=\"noopener noreferrer\">Show whom to call for this case (opens in a new tab)</a>"));
        assertThat(html, not(containsString("0800 808 3733")));
    }

    /** Where the panel could not fetch it, its link opens the same section as a page of its own. */
    @Test
    public void services_shouldBeAPageOfTheirOwnWhenOpenedFromTheLink() throws Exception {
        Screening adultInScotland = Screening.builder().nation(Nation.SCOTLAND).ageGroup(AgeGroup.ADULT).build();
        String section = services(adultInScotland);

        servicesPage();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(ServicesServlet.PAGE), context.capture(), any(Writer.class));
        assertThat(context.getValue(), is(Map.of("title", "Whom to call for this case", "servicesHtml", section)));
        assertThat(velocity.render(ServicesServlet.PAGE, context.getValue()).html(), allOf(
                containsString("<h1>Whom to call for this case</h1>"), containsString("0141 884 7900")));
    }

    @Test
    public void services_shouldShowNothingOfACaseTheUserMayNotBrowse() throws Exception {
        when(cases.find("SG-12")).thenReturn(CaseLookup.notVisible());

        String html = servicesPage();

        assertThat(html, is(""));
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A browser that opened the section before asks whether it changed; the same bytes cost no more than that. */
    @Test
    public void section_shouldCarryATagOfItsBytesAndAnswerNotModifiedWhenAskedWithIt() throws Exception {
        String first = section("scotland.adult.any", null);
        ArgumentCaptor<String> tag = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(eq("ETag"), tag.capture());
        verify(response).setHeader("Cache-Control", "private, no-cache");

        String again = section("scotland.adult.any", tag.getValue());

        assertThat(first, containsString("0141 884 7900"));
        assertThat(again, is(""));
        verify(response).setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        assertThat(tag.getValue(), matchesPattern("\"[0-9a-f]{32}\""));
    }

    @Test
    public void section_shouldTagAnotherSectionOtherwise() throws Exception {
        section("scotland.adult.any", null);
        section("england.child.female", null);

        ArgumentCaptor<String> tags = ArgumentCaptor.forClass(String.class);
        verify(response, times(2)).setHeader(eq("ETag"), tags.capture());
        assertThat(tags.getAllValues().get(0), not(tags.getAllValues().get(1)));
    }

    @Test
    public void section_shouldRefuseALinkThatNamesNoNationAgeOrGenderTheAppKnows() throws Exception {
        for (String token : new String[] {"", "scotland", "scotland.adult", "narnia.adult.any", "scotland.elder.any",
                "scotland.adult.unknown", "scotland.adult.any.more"}) {
            section(token, null);
        }

        verify(response, times(7)).sendError(HttpServletResponse.SC_BAD_REQUEST,
                "This link does not say whom to call for: open whom to call from the case instead.");
        verify(response, never()).setHeader(eq("ETag"), any());
    }

    @Test
    public void section_shouldBeForSomeoneSignedInOnly() throws Exception {
        when(request.getParameter("for")).thenReturn("scotland.adult.any");

        servicesServlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        verify(response, never()).getWriter();
    }

    /** Over a translation nobody has checked, a warning in words, in sentence case (an AUI lozenge is all capitals). */
    @Test
    public void panel_shouldWarnInWordsOverATranslationNoFluentSpeakerHasChecked() {
        String html = render(contextFor(Screening.builder().language("Albanian").build()));

        assertThat(html, containsString("<div class=\"aui-message aui-message-warning\"><p>"
                + VelocityTemplates.text("safeguarding.panel.explain.unreviewed") + "</p></div>"));
        assertThat(html, not(containsString("aui-lozenge-current\">" + VelocityTemplates.text(
                "safeguarding.panel.explain.unreviewed"))));
    }

    @Test
    public void panel_shouldExplainInEnglishSayingWhenTheirLanguageHasNoTranslationYet() {
        String html = render(contextFor(Screening.builder().language("Kurdish").build()));

        assertThat(html, containsString("there is no translation yet for the language recorded on the case"));
        // The English is the original: nothing in it for a fluent speaker to check.
        assertThat(html, not(containsString(VelocityTemplates.text("safeguarding.panel.explain.unreviewed"))));
        assertThat(html, containsString("<dd lang=\"en\" dir=\"ltr\">Modern slavery is when someone"));
        assertThat(html, not(containsString("safeguarding-explanation-english")));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/handout?case=SG-12\""));
    }

    @Test
    public void panel_shouldShowTheWorkerTheEnglishBesideEachTranslatedParagraph() {
        String albanian = render(contextFor(Screening.builder().language("Albanian").build()));

        assertThat(albanian, containsString("<dd lang=\"sq\" dir=\"ltr\">"));
        assertThat(albanian, containsString("<dd class=\"safeguarding-explanation-english description\" lang=\"en\" "
                + "dir=\"ltr\">In English: Modern slavery is when someone"));
        assertThat(albanian, containsString("In English: We only share what is needed"));
    }

    @Test
    public void panel_shouldExplainInTheLanguageRecordedWithItsDirection() {
        String tigrinya = render(contextFor(Screening.builder().language("Tigrinya").build()));
        String arabic = render(contextFor(Screening.builder().language("arabic").build()));

        assertThat(tigrinya, containsString("In Tigrinya, the language recorded on the case."));
        assertThat(tigrinya, containsString("<dd lang=\"ti\" dir=\"ltr\">"));
        assertThat(arabic, containsString("<dd lang=\"ar\" dir=\"rtl\">"));
    }

    @Test
    public void panel_shouldGiveAWayThroughEachBarrierRecorded() {
        Map<String, Object> context = contextFor(Screening.builder()
                .barriers(List.of(Barrier.LANGUAGE, Barrier.FEAR)).build());

        String html = render(context);
        assertThat(html, containsString("What may hold them back, and what can help"));
        assertThat(html, containsString("Use a professional interpreter, never someone who came with them."));
        assertThat(html.indexOf("Fear of the trafficker") < html.indexOf("<strong>Language</strong>"), is(true));
        assertThat(render(contextFor(Screening.builder().build())),
                not(containsString("What may hold them back")));
    }

    @Test
    public void panel_shouldLeadWithHowSeriousHowSureAndWhyInWords() {
        // A child with a sign of exploitation is at high risk (domain reference S7, S14).
        Map<String, Object> context = contextFor(Screening.builder().immediateDanger(Answer.NO)
                .ageGroup(AgeGroup.UNDER_18).answer(Question.DOCUMENTS_HELD, Answer.YES).build());

        String html = render(context);
        assertThat(context.get("riskLevel"), is("High risk"));
        assertThat(context.get("riskLozenge"), is("aui-lozenge-error"));
        assertThat(context.get("confidence"), is("Many questions still open"));
        assertThat(html, containsString("<summary>Why this level</summary>"));
        int risk = html.indexOf(
                "<span class=\"aui-lozenge aui-lozenge-error\" id=\"safeguarding-risk\">High risk</span>");
        assertThat(risk, is(greaterThan(-1)));
        assertThat(risk, is(lessThan(html.indexOf("What to do next"))));
    }

    @Test
    public void panel_shouldNameTheCasesSafeguardingLeadsOrSayThatNoneIsNamedYet() {
        assertThat(render(contextFor(Screening.builder().build())), containsString(
                "<p id=\"safeguarding-leads\">Your safeguarding leads: Amira Lead, Sam Lead</p>"));

        leads = List.of();

        assertThat(contextFor(Screening.builder().build()).get("leads"), is("No safeguarding lead is named yet: tell "
                + "your lead yourself, and ask your Jira administrator to name the leads in the app's settings."));
    }

    @Test
    public void panel_shouldSayJiraCouldNotTellWhoTheLeadsAreRatherThanThatNoneIsNamed() {
        leads = null;

        assertThat(contextFor(Screening.builder().build()).get("leads"), is("Jira could not say who your safeguarding "
                + "leads are just now: tell your lead yourself, and tell your Jira administrator."));
    }

    @Test
    public void services_shouldOfferAWomansServiceToAWomanButNotToAMan() throws Exception {
        String man = services(Screening.builder().nation(Nation.SCOTLAND).ageGroup(AgeGroup.ADULT)
                .gender(Gender.MALE).build());
        String woman = services(Screening.builder().nation(Nation.SCOTLAND).ageGroup(AgeGroup.ADULT)
                .gender(Gender.FEMALE).build());

        assertThat(man, not(containsString("TARA (Trafficking Awareness Raising Alliance)")));
        assertThat(man, containsString("Migrant Help"));
        assertThat(woman, containsString("TARA (Trafficking Awareness Raising Alliance)"));
    }

    @Test
    public void panel_shouldSayWhenInLocalTimeWhomTheAppToldAndAboutWhat() {
        told.told(new LeadsTold(LeadAlert.MISSING, Instant.parse("2026-07-01T13:02:00Z"),
                List.of("Amira Lead", "Sam Lead"), Optional.of(RiskLevel.HIGH)));

        assertThat(render(contextFor(Screening.builder().build())), containsString("<p id=\"safeguarding-told\">Told "
                + "at 14:02 on 1 Jul 2026 that someone on the case has been reported missing: Amira Lead, Sam Lead.</p>"));
    }

    @Test
    public void panel_shouldSayWhenNoLeadCouldBeToldAndToTellTheirLeadThemselves() {
        told.told(new LeadsTold(LeadAlert.CONCERN_RAISED, Instant.parse("2026-11-29T08:15:00Z"), List.of(),
                Optional.empty()));

        assertThat(contextFor(Screening.builder().build()).get("told"), is("At 08:15 on 29 Nov 2026 no safeguarding "
                + "lead could be told that a Safeguarding concern was raised. Tell your lead yourself now."));
    }

    @Test
    public void panel_shouldSayNothingOfTellingWhenTheLeadsWereNeverTold() {
        assertThat(render(contextFor(Screening.builder().build())), not(containsString("safeguarding-told")));
    }

    @Test
    public void panel_shouldSayNothingOfDutyWhereTheOrganisationDoesNotUseALeadOnDuty() {
        duty.take("SG-12", "lead");

        Map<String, Object> context = contextFor(Screening.builder().build());

        assertThat(context.get("duty"), is(""));
        assertThat(render(context), not(containsString("safeguarding-duty")));
    }

    @Test
    public void panel_shouldSayWhoIsOnDutyAndOfferTheCasesLeadsToTakeOverOrHandBack() {
        settings.save(assigning());
        duty.take("SG-12", "ola");
        leadsTheCase = true;
        user.lead();

        String html = render(contextFor(Screening.builder().build()));

        assertThat(html, containsString("<p id=\"safeguarding-duty\">Lead on duty for this project: Ola Lead, since "
                + "08:30 on 29 Nov 2026. New concerns here go to them.</p>"));
        assertThat(html, containsString("data-safeguarding-duty=\"take\" data-url=\"/jira/rest/safeguarding/1.0/"
                + "issue/SG-12/duty\""));
        assertThat(html, containsString(">I am the lead on duty for this project</button>"));

        duty.take("SG-12", "lead");

        assertThat(render(contextFor(Screening.builder().build())), containsString(
                "data-safeguarding-duty=\"hand-back\""));
    }

    @Test
    public void panel_shouldTellAWorkerWhoIsOnDutyWithNoButton() {
        settings.save(assigning());

        Map<String, Object> nobody = contextFor(Screening.builder().build());
        duty.take("SG-12", "lead");
        String html = render(contextFor(Screening.builder().build()));

        assertThat(nobody.get("duty"), is("No lead is on duty for this project, so new concerns here stay "
                + "unassigned."));
        assertThat(html, containsString("Lead on duty for this project: Sam Lead"));
        assertThat(html, not(containsString("safeguarding-duty-button")));
    }

    @Test
    public void panel_shouldKeepDutyOutOfTheWayInImmediateDanger() {
        settings.save(assigning());
        duty.take("SG-12", "lead");

        String html = render(contextAt(ReferralStep.IMMEDIATE_DANGER, CaseProgress.Dates.NONE));

        assertThat(html, not(containsString("safeguarding-duty")));
    }

    private static AppSettings assigning() {
        return new AppSettings(Set.of(), false, false, "leads", null, null, true);
    }

    @Test
    public void panel_shouldSayOnceReferredWhatTheCaseWaitsForAndWhenAndNotToReferAgain() {
        Map<String, Object> context = contextAt(ReferralStep.AWAITING_REASONABLE_GROUNDS, new CaseProgress.Dates(
                Optional.of(LocalDate.of(2026, 11, 27)), Optional.empty(), Optional.empty()));

        List<Map<String, Object>> actions = actions(context);
        assertThat(context.get("status"), is("Status: Awaiting reasonable-grounds decision"));
        assertThat(actions.get(0).get("text"), is("Wait for the reasonable-grounds decision, and chase the Home Office "
                + "if it is late"));
        assertThat(actions.get(0).get("due"), is("Overdue: it was due 27 Nov 2026"));
        assertThat(render(context), containsString("<span class=\"aui-lozenge aui-lozenge-error\">Overdue: it was due "
                + "27 Nov 2026</span>"));
        assertThat(actions.stream().map(action -> action.get("text")).toList(), not(hasItem(
                new PropertiesTexts().text("safeguarding.action.tell-safeguarding-lead"))));
    }

    /** A closed case keeps its record without a call to act that no longer applies (issue 29). */
    @Test
    public void panel_shouldShowNoDangerBannerOnAClosedCaseRaisedInDanger() {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().immediateDanger(Answer.YES)
                .ageGroup(AgeGroup.ADULT).nation(Nation.ENGLAND).build(), Optional.of(new CaseProgress(
                ReferralStep.CLOSED, CaseProgress.Dates.NONE))));

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue));

        assertThat(context.get("immediateDanger"), is(false));
        assertThat(render(context), not(containsString("role=\"alert\"")));
    }

    /**
     * Danger raised at once, then answered "no" on Back to lead review: the banner and the lozenge go, and the card
     * says what the latest check found (issue 29).
     */
    @Test
    public void panel_shouldShowDangerOnlyWhileCurrentAndSayWhatTheLatestCheckFound() {
        Map<String, Object> context = inLeadReviewAfterDangerCheck(Answer.YES, Answer.NO);

        assertThat(context.get("immediateDanger"), is(false));
        assertThat(context.get("riskLevel"), not(is("Immediate danger")));
        String html = render(context);
        assertThat(html, not(containsString("role=\"alert\"")));
        assertThat(html, containsString("Someone was in danger when the concern was raised. Is anyone still in danger? "
                + "At the latest check: No. The case history says who answered and when."));
    }

    @Test
    public void panel_shouldKeepTheBannerWhenTheLatestCheckFoundSomeoneStillInDanger() {
        Map<String, Object> context = inLeadReviewAfterDangerCheck(Answer.NO, Answer.YES);

        assertThat(context.get("immediateDanger"), is(true));
        assertThat(context.get("dangerChecked"), is(""));
    }

    /** At review the type is asked for with the kinds the ticked signs point to, for the lead to confirm (issue 30). */
    @Test
    public void panel_shouldAskTheLeadForTheTypeWithWhatTheSignsPointTo() {
        Indicator labourSign = java.util.Arrays.stream(Indicator.values())
                .filter(sign -> sign.group() == IndicatorGroup.LABOUR).findFirst().orElseThrow();
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().immediateDanger(Answer.NO)
                .ageGroup(AgeGroup.ADULT).nation(Nation.ENGLAND).indicatorsSeen(List.of(labourSign)).build(),
                Optional.of(new CaseProgress(ReferralStep.LEAD_REVIEW, CaseProgress.Dates.NONE))));

        List<Map<String, Object>> actions = actions(panel.getContextMap(Map.of("issue", issue)));

        assertThat(actions.get(1).get("text"), is(new PropertiesTexts().text(
                "safeguarding.action.record-exploitation-type")));
        assertThat((String) actions.get(1).get("reason"), endsWith(new PropertiesTexts().text(
                "safeguarding.panel.types-suggested", new PropertiesTexts().text("safeguarding.exploitation-category"
                        + ".labour"))));
    }

    /** The panel of an adult's case in Lead review, danger answered one way when raised and another at the check. */
    private Map<String, Object> inLeadReviewAfterDangerCheck(Answer whenRaised, Answer atTheCheck) {
        Screening screening = Screening.builder().immediateDanger(whenRaised).dangerChecked(atTheCheck)
                .ageGroup(AgeGroup.ADULT).nation(Nation.ENGLAND).build();
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", screening, Optional.of(new CaseProgress(
                ReferralStep.LEAD_REVIEW, CaseProgress.Dates.NONE))));
        return panel.getContextMap(Map.of("issue", issue));
    }

    @Test
    public void panel_shouldShowOnly999InImmediateDangerWithNothingToDistract() {
        Map<String, Object> context = contextAt(ReferralStep.IMMEDIATE_DANGER, CaseProgress.Dates.NONE);

        String html = render(context);
        assertThat(context.get("immediateDanger"), is(true));
        assertThat(context.get("riskLevel"), is("Immediate danger"));
        assertThat(actions(context).size(), is(1));
        assertThat(html, containsString("role=\"alert\""));
        assertThat(html, not(containsString("Whom to call")));
        assertThat(html, not(containsString("Explain it in their words")));
    }

    @Test
    public void panel_shouldPutPoliceAndTheMissingSummaryFirstWhenSomeoneIsMissing() {
        List<Map<String, Object>> actions = actions(contextAt(ReferralStep.MISSING, CaseProgress.Dates.NONE));

        assertThat(actions.get(0).get("text"), is("Call 999 if they may be in danger now, or 101, and give police the "
                + "missing-person summary"));
        assertThat(actions.get(0).get("link"), is("/jira/plugins/servlet/safeguarding/missing-summary?case=SG-12"));
        assertThat(actions.get(1).get("text"), is(new PropertiesTexts().text(
                "safeguarding.action.record-description-for-police")));
    }

    @Test
    public void panel_shouldOfferToAnonymiseAClosedCaseToItsLeadsOnly() {
        CaseProgress.Dates review = new CaseProgress.Dates(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2033, 1, 1)));

        Map<String, Object> worker = actions(contextAt(ReferralStep.CLOSED, review)).get(0);
        leadsTheCase = true;
        Map<String, Object> lead = actions(contextAt(ReferralStep.CLOSED, review)).get(0);

        assertThat(worker.get("link"), is(""));
        assertThat(lead.get("link"), is("/jira/plugins/servlet/safeguarding/anonymise?case=SG-12"));
        assertThat(lead.get("due"), is("Due 1 Jan 2033"));
    }

    private Map<String, Object> contextAt(ReferralStep status, CaseProgress.Dates dates) {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", Screening.builder().immediateDanger(Answer.NO)
                .ageGroup(AgeGroup.ADULT).nation(Nation.ENGLAND).build(), Optional.of(new CaseProgress(status,
                dates))));
        return panel.getContextMap(Map.of("issue", issue));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> actions(Map<String, Object> context) {
        return (List<Map<String, Object>>) context.get("actions");
    }

    private Map<String, Object> contextFor(Screening screening) {
        when(cases.find("SG-12")).thenReturn(CaseLookup.found("SG-12", screening));
        return panel.getContextMap(Map.of("issue", issue));
    }

    /** What the panel fetches when the worker opens whom to call, for a case with these answers. */
    private String services(Screening screening) throws Exception {
        String url = (String) contextFor(screening).get("servicesSectionUrl");
        return section(url.substring(url.indexOf("?for=") + "?for=".length()), null);
    }

    /** What the servlet writes for the section the token names, asked with this tag (null for none). */
    private String section(String token, String ifNoneMatch) throws Exception {
        StringWriter written = new StringWriter();
        when(request.getParameter("for")).thenReturn(token);
        when(request.getHeader("If-None-Match")).thenReturn(ifNoneMatch);
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        servicesServlet().doGet(request, response);
        return written.toString();
    }

    /** What the servlet writes as the case's page of its own. */
    private String servicesPage() throws Exception {
        StringWriter written = new StringWriter();
        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("worker"));
        when(request.getParameter("for")).thenReturn(null);
        when(request.getParameter("case")).thenReturn("SG-12");
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        servicesServlet().doGet(request, response);
        return written.toString();
    }

    private ServicesServlet servicesServlet() {
        PageTemplates pages = new PageTemplates(templateRenderer, new ThreadPageBuilder(), new SelfCheck(new UkClock()),
                new PropertiesTexts());
        return new ServicesServlet(new CasePages(userManager, loginUriProvider, cases, pages, new PropertiesTexts()),
                userManager, source, shared, settings, pages, new PropertiesTexts(), clock);
    }

    private String render(Map<String, Object> context) {
        return velocity.render(TEMPLATE, context).html();
    }
}
