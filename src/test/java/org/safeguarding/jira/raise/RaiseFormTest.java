package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.ExplanationTopic;
import org.safeguarding.resources.Explanations;

/** The guided screening's page, rendered by real Velocity from the context the servlet gives it. */
public class RaiseFormTest {
    private final RaiseForm form = new RaiseForm(new PropertiesTexts());
    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    public void context_shouldAskTheLeafletsThreeQuestionsFirstAndTheRestOnlyIfThereIsTime() {
        Map<String, Object> context = form.context(List.of(new ConcernRaiser.Place("SG", "Safeguarding")), null,
                Explanations.shipped());

        assertThat(ids(context.get("leafletQuestions")), contains("journey-arranged", "owes-money", "forced-or-held"));
        assertThat(ids(context.get("moreQuestions")), not(contains("journey-arranged")));
    }

    /** Each sign once, in the order for an adult, with each group's place for a child for the page to reorder. */
    @Test
    public void page_shouldOfferEachSignOnceWithTheOrderForAnAdultAndForAChild() {
        Document page = Jsoup.parse(render(List.of(new ConcernRaiser.Place("SG", "Safeguarding"))));

        List<String> signs = page.select("input[name=indicatorsSeen]").eachAttr("value");
        assertThat(signs.size(), is(Set.copyOf(signs).size()));
        assertThat(signs.contains("ilo.retention-of-documents"), is(true));
        assertThat(signs.contains("labour.no-control-of-documents"), is(false));
        assertThat(page.select("fieldset.safeguarding-raise-signs[data-adult-position=4] > legend").text(),
                is(VelocityTemplates.text("safeguarding.indicator-group.labour")));
        assertThat(page.select("fieldset.safeguarding-raise-signs[data-child-position=4] > legend").text(),
                is(VelocityTemplates.text("safeguarding.indicator-group.criminal")));
        assertThat(page.select("fieldset.safeguarding-raise-signs").eachAttr("data-adult-position"),
                contains("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    @Test
    public void page_shouldPutDangerFirstAndEachQuestionAsTheSentenceToSay() {
        String html = render(List.of(new ConcernRaiser.Place("SG", "Safeguarding")));

        int danger = html.indexOf("Is the person, or anyone else, in danger right now?");
        int journey = html.indexOf("Did someone else arrange or pay for your journey here?");
        assertThat(danger, is(lessThan(journey)));
        assertThat(danger > 0, is(true));
        assertThat(html, containsString("The concern will be raised in Safeguarding."));
        // The case field's short name comes second, after what to ask.
        assertThat(html.indexOf("(Screening: journey arranged or paid by someone else)"), is(greaterThan(journey)));
        assertThat(html, containsString("data-rest=\"/jira/rest/safeguarding/1.0\""));
    }

    @Test
    public void page_shouldLetTheWorkerChooseAmongSeveralProjectsAndSayWhomToAskWhenThereAreNone() {
        String several = render(List.of(new ConcernRaiser.Place("SG", "Safeguarding"),
                new ConcernRaiser.Place("HOUSE", "Housing")), "HOUSE");
        String none = render(List.of());

        // Come from the Housing project's sidebar: Housing is chosen.
        assertThat(several, containsString("<option value=\"HOUSE\" selected>Housing (HOUSE)</option>"));
        assertThat(several, containsString("<option value=\"SG\">Safeguarding (SG)</option>"));
        assertThat(none, containsString("You cannot raise a safeguarding concern in any project yet."));
        assertThat(none, not(containsString("safeguarding-raise-form")));
    }

    @Test
    public void page_shouldAskTheFormsFollowUpsInATextBoxRightAfterTheirQuestion() {
        String html = render(List.of(new ConcernRaiser.Place("SG", "Safeguarding")));

        int still = html.indexOf(VelocityTemplates.text("safeguarding.question.still-in-situation"));
        int followUp = html.indexOf("<textarea class=\"textarea\" id=\"safeguarding-raise-situationNow\" "
                + "name=\"situationNow\"");
        int next = html.indexOf(VelocityTemplates.text("safeguarding.question.still-in-contact"));
        assertThat(still > 0, is(true));
        assertThat(followUp, is(greaterThan(still)));
        assertThat(followUp, is(lessThan(next)));
        assertThat(html, containsString("name=\"whyNow\""));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.raise.follow-up.whyNow")));
    }

    /**
     * A worker who has never heard of the NRM gets the words to say before the consent question: in English, and in
     * each language the app has, hidden until that language is given, in its own direction, with the warning over a
     * translation nobody fluent has checked and never over English.
     */
    @Test
    public void page_shouldGiveTheWordsAboutAReferralBeforeTheConsentQuestionInEachLanguage() {
        String html = render(List.of(new ConcernRaiser.Place("SG", "Safeguarding")));
        Explanations explanations = Explanations.shipped();
        String english = explanations.english().shownText(ExplanationTopic.REFERRAL, Optional.empty());
        Explanation arabic = explanations.forLanguage(Optional.of("Arabic")).explanation();

        assertThat(html.indexOf(english), is(greaterThan(0)));
        assertThat(html.indexOf(english), is(lessThan(html.indexOf("name=\"consent\""))));
        assertThat(html, containsString("<div class=\"safeguarding-raise-words-text\" lang=\"en\" dir=\"ltr\" "
                + "data-names=\"en\nenglish\">"));
        // Its own name too, so the person's own word for it finds it.
        assertThat(html, containsString("<div class=\"safeguarding-raise-words-text\" lang=\"ar\" dir=\"rtl\" "
                + "data-names=\"ar\narabic\n"));
        assertThat(Jsoup.parse(html).select(".safeguarding-raise-words-text[lang=ar]").attr("data-names"),
                is("ar\narabic\nالعربية"));
        assertThat(Jsoup.parse(html).select("#safeguarding-raise-languages option[value=Albanian]").attr("label"),
                is(VelocityTemplates.text("safeguarding.raise.language.choice", "Shqip")));
        assertThat(Jsoup.parse(html).select(".safeguarding-raise-words-text[lang=ar] p").last().text(),
                is(arabic.shownText(ExplanationTopic.REFERRAL, Optional.empty())));
        String englishBlock = html.substring(html.indexOf("lang=\"en\" dir=\"ltr\" data-names"),
                html.indexOf(english));
        assertThat(englishBlock, not(containsString(VelocityTemplates.text("safeguarding.panel.explain.unreviewed"))));
        // Where a child's page says not to ask them, and the language comes before the question, so its words can.
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.raise.consent.child")));
        assertThat(html.indexOf("name=\"language\""), is(lessThan(html.indexOf("name=\"consent\""))));
    }

    private String render(List<ConcernRaiser.Place> places) {
        return render(places, null);
    }

    private String render(List<ConcernRaiser.Place> places, String chosen) {
        return render(places, chosen, "");
    }

    /** @param planChangedOn the day the plan changed, to ask once to read it; "" not to ask */
    private String render(List<ConcernRaiser.Place> places, String chosen, String planChangedOn) {
        Map<String, Object> context = new HashMap<>(form.context(places, chosen, Explanations.shipped()));
        context.put("restUrl", "/jira/rest/safeguarding/1.0");
        context.put("browseUrl", "/jira/browse/");
        context.put("loginUrl", "/jira/login.jsp");
        context.put("planAsk", !planChangedOn.isEmpty());
        context.put("planChangedOn", planChangedOn);
        context.put("planUrl", "/jira/plugins/servlet/safeguarding/plan");
        return velocity.render(RaiseConcernServlet.TEMPLATE, context).html();
    }

    @Test
    public void page_shouldAskOnceToReadAChangedPlanBesideTheFormWithoutStandingInItsWay() {
        List<ConcernRaiser.Place> sg = List.of(new ConcernRaiser.Place("SG", "Safeguarding"));
        String asked = render(sg, null, "7 Dec 2026");

        assertThat(asked, containsString(VelocityTemplates.text("safeguarding.raise.plan-changed", "7 Dec 2026")));
        assertThat(asked, containsString("<a href=\"/jira/plugins/servlet/safeguarding/plan\" target=\"_blank\" "
                + "rel=\"noopener\">"));
        assertThat(Jsoup.parse(asked).select("form").isEmpty(), is(false));
        assertThat(render(sg), not(containsString("safeguarding-raise-plan-changed")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Object questions) {
        return ((List<Map<String, String>>) questions).stream().map(question -> question.get("id")).toList();
    }
}
