package org.safeguarding.jira.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.SupportNeed;
import org.safeguarding.screening.Trigger;

/** Every Jira field of a safeguarding case, in screen order. */
public final class CaseFields {
    public static final String IMMEDIATE_DANGER = "immediate-danger";
    /** "Is anyone still in danger?", asked when a case leaves Immediate danger or Missing for lead review. */
    public static final String DANGER_CHECK = "danger-check";
    /** The answers the danger check offers: a question of safety has no "did not want to say". */
    public static final List<Answer> DANGER_CHECK_ANSWERS = List.of(Answer.YES, Answer.NO, Answer.NOT_SURE);
    public static final String EXPLOITATION_TYPES = "exploitation-types";
    public static final String INDICATORS_SEEN = "indicators-seen";
    public static final String SITUATION_NOW = "situation-now";
    public static final String WHY_NOW = "why-now";
    public static final String SCREENING_NOTES = "screening-notes";
    /** The organisation's own number for the person, never a name ({@code PersonReference}). */
    public static final String PERSON_REFERENCE = "person-reference";
    public static final String AGE_GROUP = "age-group";
    public static final String DATE_OF_BIRTH = "date-of-birth";
    public static final String GENDER = "gender";
    public static final String UNDER_18_DURING_EXPLOITATION = "under-18-during-exploitation";
    public static final String LANGUAGE = "language";
    public static final String INTERPRETER_NEEDED = "interpreter-needed";
    public static final String BARRIERS = "barriers";
    public static final String HEIGHT = "police.height";
    public static final String BUILD = "police.build";
    public static final String NATIONALITY = "police.nationality";
    public static final String DISTINGUISHING_FEATURES = "police.distinguishing-features";
    public static final String LANGUAGES_SPOKEN = "police.languages-spoken";
    public static final String LAST_SEEN_WHERE = "police.last-seen-where";
    public static final String LAST_SEEN_WHEN = "police.last-seen-when";
    public static final String LAST_SEEN_WEARING = "police.last-seen-wearing";
    public static final String NATION = "nation";
    public static final String CONSENT = "consent";
    public static final String BEST_INTERESTS = "consent.best-interests";
    public static final String SAFE_TO_CONTACT = "safe-to-contact";
    public static final String SUPPORT_NEEDS = "support-needs";
    public static final String REFERRAL_ROUTES = "referral.routes";
    public static final String REFERRAL_REFERENCE = "referral.reference";
    /** Which First Responder Organisation makes the NRM referral, when the organisation is not one. */
    public static final String FIRST_RESPONDER = "referral.first-responder";
    /** How the case ended, in the lead's words: the agency's outcome, its reference, or why no referral. */
    public static final String OUTCOME = "referral.outcome";
    public static final String REFERRED_ON = "referral.referred-on";
    public static final String REASONABLE_GROUNDS_DUE = "referral.reasonable-grounds-due";
    /** Its key keeps the field's first name: installed Jiras record their fields by key (docs/admin-guide.md). */
    public static final String RECOVERY_SUPPORT_DATE = "referral.recovery-period-ends";
    public static final String NEXT_REVIEW = "referral.next-review";
    public static final String RETENTION_REVIEW = "referral.retention-review";

    public static final String RISK = "risk";

    /** The fields a worker fills in, in screen order. */
    public static final List<CaseField> ALL = all();

    /**
     * The fields that could tell who the person is: anonymising a case replaces them. The rest (answers, signs seen,
     * exploitation types, age group, nation, consent, routes and referral dates) stay, so the organisation can still
     * count and learn from its cases.
     */
    public static final List<String> PERSONAL = List.of(PERSON_REFERENCE, SITUATION_NOW, WHY_NOW, SCREENING_NOTES,
            DATE_OF_BIRTH, LANGUAGE, HEIGHT, BUILD, NATIONALITY, DISTINGUISHING_FEATURES, LANGUAGES_SPOKEN,
            LAST_SEEN_WHERE, LAST_SEEN_WHEN, LAST_SEEN_WEARING, REFERRAL_REFERENCE, BEST_INTERESTS, OUTCOME);

    /**
     * The fields the workflow's own steps record: the routes and reference a referral records (on the Refer screen,
     * which only leads are offered), the dates the workflow sets and the danger check. They are on no screen a worker
     * creates or edits a case on, so nobody records a referral, moves a date or clears a danger without taking the
     * step that does it.
     */
    public static final Set<String> LEAD_ONLY = Set.of(REFERRAL_ROUTES, REFERRAL_REFERENCE, FIRST_RESPONDER, OUTCOME,
            DANGER_CHECK, REFERRED_ON, REASONABLE_GROUNDS_DUE, RECOVERY_SUPPORT_DATE, NEXT_REVIEW, RETENTION_REVIEW);

    /**
     * Report missing's own screen: the description police ask for first, then the last sighting, and nothing else to
     * read through while the police wait.
     */
    public static final List<String> MISSING_SCREEN = List.of(HEIGHT, BUILD, NATIONALITY, DISTINGUISHING_FEATURES,
            LANGUAGES_SPOKEN, LAST_SEEN_WHERE, LAST_SEEN_WHEN, LAST_SEEN_WEARING);

    /**
     * Refer's and Record another referral's own screen: what a referral's rules read (the kind of exploitation, the
     * person's age and nation, their consent or the decision in their best interests) and what it records (the routes,
     * the reference, the First Responder), in the order of the case's fields.
     */
    public static final List<String> REFER_SCREEN = List.of(EXPLOITATION_TYPES, AGE_GROUP, DATE_OF_BIRTH,
            UNDER_18_DURING_EXPLOITATION, NATION, CONSENT, BEST_INTERESTS, REFERRAL_ROUTES, REFERRAL_REFERENCE,
            FIRST_RESPONDER);

    /** The calculated, read-only "Safeguarding risk" field; shown on the issue, never edited. */
    public static final CaseField RISK_FIELD = new CaseField(RISK, FieldKind.RISK, List.of(), ScreenTab.CONCERN);

    private CaseFields() {
    }

    /** The field that records the answer to a screening question: the name the REST API gives the answer too. */
    public static String questionKey(Question question) {
        return Trigger.fieldOf(question);
    }

    public static Optional<CaseField> byKey(String key) {
        return ALL.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** What a personal field holds once anonymised: the marker in place of words, nothing in place of a date. */
    public static Object anonymised(String personalFieldKey, String marker) {
        return byKey(personalFieldKey).orElseThrow().kind().holdsText() ? marker : null;
    }

    private static List<CaseField> all() {
        List<CaseField> fields = new ArrayList<>();
        // Is anyone in danger now is yes, no or not sure: "did not want to say" is no answer to it.
        fields.add(new CaseField(IMMEDIATE_DANGER, FieldKind.SELECT, DANGER_CHECK_ANSWERS, ScreenTab.CONCERN));
        fields.add(new CaseField(DANGER_CHECK, FieldKind.SELECT, DANGER_CHECK_ANSWERS, ScreenTab.CONCERN));
        fields.add(choice(EXPLOITATION_TYPES, FieldKind.CHECKBOXES, ExploitationType.values(), ScreenTab.CONCERN));
        fields.add(choice(INDICATORS_SEEN, FieldKind.MULTI_SELECT, Indicator.values(), ScreenTab.CONCERN));
        for (Question question : Question.values()) {
            fields.add(new CaseField(questionKey(question), FieldKind.SELECT, Arrays.asList(Answer.values()),
                    ScreenTab.SCREENING, question.labelKey()));
        }
        fields.add(text(SITUATION_NOW, FieldKind.TEXTAREA, ScreenTab.SCREENING));
        fields.add(text(WHY_NOW, FieldKind.TEXTAREA, ScreenTab.SCREENING));
        fields.add(text(SCREENING_NOTES, FieldKind.TEXTAREA, ScreenTab.SCREENING));
        fields.add(text(PERSON_REFERENCE, FieldKind.TEXT, ScreenTab.PERSON));
        fields.add(choice(AGE_GROUP, FieldKind.SELECT, AgeGroup.values(), ScreenTab.PERSON));
        fields.add(text(DATE_OF_BIRTH, FieldKind.DATE, ScreenTab.PERSON));
        fields.add(choice(GENDER, FieldKind.SELECT, Gender.values(), ScreenTab.PERSON));
        fields.add(choice(UNDER_18_DURING_EXPLOITATION, FieldKind.SELECT, Answer.values(), ScreenTab.PERSON));
        fields.add(text(LANGUAGE, FieldKind.TEXT, ScreenTab.PERSON));
        fields.add(choice(INTERPRETER_NEEDED, FieldKind.SELECT, Answer.values(), ScreenTab.PERSON));
        fields.add(choice(BARRIERS, FieldKind.CHECKBOXES, Barrier.values(), ScreenTab.PERSON));
        fields.add(text(HEIGHT, FieldKind.TEXT, ScreenTab.PERSON));
        fields.add(text(BUILD, FieldKind.TEXT, ScreenTab.PERSON));
        fields.add(text(NATIONALITY, FieldKind.TEXT, ScreenTab.PERSON));
        fields.add(text(DISTINGUISHING_FEATURES, FieldKind.TEXTAREA, ScreenTab.PERSON));
        fields.add(text(LANGUAGES_SPOKEN, FieldKind.TEXT, ScreenTab.PERSON));
        fields.add(text(LAST_SEEN_WHERE, FieldKind.TEXTAREA, ScreenTab.PERSON));
        fields.add(text(LAST_SEEN_WHEN, FieldKind.DATE_TIME, ScreenTab.PERSON));
        fields.add(text(LAST_SEEN_WEARING, FieldKind.TEXTAREA, ScreenTab.PERSON));
        fields.add(choice(NATION, FieldKind.SELECT, Nation.values(), ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(choice(CONSENT, FieldKind.SELECT, Consent.values(), ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(text(BEST_INTERESTS, FieldKind.TEXTAREA, ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(choice(SAFE_TO_CONTACT, FieldKind.CHECKBOXES, ContactChannel.values(), ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(choice(SUPPORT_NEEDS, FieldKind.CHECKBOXES, SupportNeed.values(), ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(choice(REFERRAL_ROUTES, FieldKind.CHECKBOXES, Route.values(), ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(text(REFERRAL_REFERENCE, FieldKind.TEXT, ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(text(FIRST_RESPONDER, FieldKind.TEXT, ScreenTab.CONSENT_AND_REFERRAL));
        fields.add(text(OUTCOME, FieldKind.TEXTAREA, ScreenTab.CONSENT_AND_REFERRAL));
        for (String date : List.of(REFERRED_ON, REASONABLE_GROUNDS_DUE, RECOVERY_SUPPORT_DATE, NEXT_REVIEW,
                RETENTION_REVIEW)) {
            fields.add(text(date, FieldKind.DATE, ScreenTab.CONSENT_AND_REFERRAL));
        }
        return Collections.unmodifiableList(fields);
    }

    private static CaseField choice(String key, FieldKind kind, Identified[] options, ScreenTab tab) {
        return new CaseField(key, kind, Arrays.asList(options), tab);
    }

    private static CaseField text(String key, FieldKind kind, ScreenTab tab) {
        return new CaseField(key, kind, List.of(), tab);
    }
}
