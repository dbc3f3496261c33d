package org.safeguarding.jira.raise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.ExplanationTopic;
import org.safeguarding.resources.Explanations;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.IndicatorGroup;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.SignsOffered;
import org.safeguarding.screening.SupportNeed;

/**
 * The guided screening's questions in the order the leaflet and the pathway give: danger first, the leaflet's three
 * questions (the rest one click away), the person, the signs, support and safe contact, what they said. Each question
 * is the sentence to say; the field's short name is secondary. Only Strings, Lists and Maps, as Jira's Velocity
 * allowlist wants.
 */
final class RaiseForm {
    /** The three questions the leaflet says to ask: how they travelled, whether they paid or owe, whether held. */
    static final Set<Question> LEAFLET = Set.of(Question.JOURNEY_ARRANGED, Question.OWES_MONEY,
            Question.FORCED_OR_HELD);

    /** The form's follow-ups (§14.3), asked in the worker's words under the question they follow. */
    static final Map<Question, String> FOLLOW_UPS = Map.of(Question.STILL_IN_SITUATION, "situationNow",
            Question.FIRST_CHANCE, "whyNow");

    private final Texts texts;

    RaiseForm(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param chosen       the project the worker came from (its sidebar), chosen first when it is one of the places
     * @param explanations the plain-language explanations, whose words about a referral the consent question follows
     */
    Map<String, Object> context(List<ConcernRaiser.Place> places, String chosen, Explanations explanations) {
        Map<String, Object> form = new HashMap<>();
        List<Map<String, Object>> shown = places.stream().map(place -> Map.<String, Object>of("key", place.key(),
                "name", place.name(), "selected", place.key().equals(chosen))).toList();
        form.put("places", shown);
        form.put("hasPlaces", !shown.isEmpty());
        form.put("onePlace", shown.size() == 1);
        form.put("place", shown.isEmpty() ? Map.of() : shown.get(0));
        form.put("answers", choices(Answer.values()));
        form.put("dangerAnswers", choices(CaseFields.DANGER_CHECK_ANSWERS.toArray(new Answer[0])));
        form.put("leafletQuestions", questions(true));
        form.put("moreQuestions", questions(false));
        form.put("ageGroups", choices(AgeGroup.values()));
        form.put("nations", choices(Nation.values()));
        form.put("consents", choices(Consent.values()));
        form.put("referralWords", referralWords(explanations));
        form.put("languages", languageChoices(explanations));
        form.put("indicatorGroups", indicatorGroups());
        form.put("signKnown", List.of("seen", "told", "not-sure").stream().map(how -> Map.<String, Object>of(
                "id", how, "label", texts.text("safeguarding.raise.signs.how." + how), "first", how.equals("seen")))
                .toList());
        form.put("supportNeeds", choices(SupportNeed.values()));
        form.put("safeToContact", choices(ContactChannel.values()));
        form.put("barriers", choices(Barrier.values()));
        return form;
    }

    /**
     * The words to say before asking about a referral, in plain English and in each language the app has them in,
     * for the page to show the person's own as soon as their language is given: the names it may be recorded by (in
     * lower case, one a line), its direction, and whether it is a translation no fluent speaker has checked yet.
     */
    private static List<Map<String, Object>> referralWords(Explanations explanations) {
        Explanation english = explanations.english();
        return explanations.languages().stream().map(language -> Map.<String, Object>of("tag", language.tag(),
                "names", language.names().stream().map(name -> name.toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining("\n")),
                "dir", language.direction(), "text", language.shownText(ExplanationTopic.REFERRAL, Optional.empty()),
                "english", language == english, "unchecked", language.unchecked())).toList();
    }

    /**
     * The languages the app has explanations in, to choose from as the language is typed: each by the name it is
     * recorded by, shown with its own name (Shqip, العربية), so the person's own word finds it; any other language is
     * still typed in full.
     */
    private List<Map<String, String>> languageChoices(Explanations explanations) {
        return explanations.languages().stream().map(language -> Map.of("value", language.name(),
                "label", texts.text("safeguarding.raise.language.choice", language.otherNames().stream().findFirst()
                        .orElse(language.name())))).toList();
    }

    /**
     * The signs offered, by group, in the words the guided page and the staff page "Spot the signs" share: in the
     * order for an adult, each group with its place in the order for a child, for the guided page to reorder once
     * the person's age is known.
     */
    List<Map<String, Object>> indicatorGroups() {
        List<IndicatorGroup> forAdults = SignsOffered.groups(false);
        List<IndicatorGroup> forChildren = SignsOffered.groups(true);
        return forAdults.stream().map(group -> Map.<String, Object>of(
                "id", group.id(), "label", texts.text(group.labelKey()),
                "adultPosition", String.valueOf(forAdults.indexOf(group)),
                "childPosition", String.valueOf(forChildren.indexOf(group)),
                "indicators", choices(SignsOffered.under(group).toArray(Indicator[]::new)))).toList();
    }

    /** @param leaflet the leaflet's three questions, or the others */
    List<Map<String, Object>> questions(boolean leaflet) {
        return Arrays.stream(Question.values()).filter(question -> LEAFLET.contains(question) == leaflet)
                .map(question -> {
                    String followUp = FOLLOW_UPS.getOrDefault(question, "");
                    return Map.<String, Object>of("id", question.id(), "say", texts.text(question.labelKey()),
                            "hint", texts.text(question.labelKey() + ".hint"),
                            "field", texts.text("safeguarding.field." + CaseFields.questionKey(question) + ".name"),
                            "followUp", followUp, "hasFollowUp", !followUp.isEmpty(),
                            "followUpSay", followUp.isEmpty() ? "" : texts.text("safeguarding.raise.follow-up."
                                    + followUp));
                }).toList();
    }

    private List<Map<String, String>> choices(Identified[] values) {
        return Arrays.stream(values).map(value -> Map.of("id", value.id(), "label", texts.text(value.labelKey())))
                .toList();
    }
}
