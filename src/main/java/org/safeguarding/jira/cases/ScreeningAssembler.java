package org.safeguarding.jira.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralRecord;
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
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

/**
 * Reads a case's recorded values into a {@link Screening} and a {@link ReferralRecord}. A value the app does not know (an option an admin added
 * by hand) is left out rather than guessed, so it never changes an assessment.
 */
public final class ScreeningAssembler {
    private ScreeningAssembler() {
    }

    public static Screening from(CaseValues values) {
        Screening.Builder screening = Screening.builder()
                .immediateDanger(one(values, CaseFields.IMMEDIATE_DANGER, Answer.class))
                .dangerChecked(one(values, CaseFields.DANGER_CHECK, Answer.class))
                .exploitationTypes(many(values, CaseFields.EXPLOITATION_TYPES, ExploitationType.class))
                .indicatorsSeen(many(values, CaseFields.INDICATORS_SEEN, Indicator.class))
                .ageGroup(one(values, CaseFields.AGE_GROUP, AgeGroup.class))
                .dateOfBirth(values.date(CaseFields.DATE_OF_BIRTH).orElse(null))
                .gender(one(values, CaseFields.GENDER, Gender.class))
                .under18DuringExploitation(one(values, CaseFields.UNDER_18_DURING_EXPLOITATION, Answer.class))
                .personReference(values.text(CaseFields.PERSON_REFERENCE).orElse(null))
                .language(values.text(CaseFields.LANGUAGE).orElse(null))
                .interpreterNeeded(one(values, CaseFields.INTERPRETER_NEEDED, Answer.class))
                .barriers(many(values, CaseFields.BARRIERS, Barrier.class))
                .nation(one(values, CaseFields.NATION, Nation.class))
                .consent(one(values, CaseFields.CONSENT, Consent.class))
                .bestInterests(values.text(CaseFields.BEST_INTERESTS).orElse(null))
                .situationNow(values.text(CaseFields.SITUATION_NOW).orElse(null))
                .whyNow(values.text(CaseFields.WHY_NOW).orElse(null))
                .safeToContact(many(values, CaseFields.SAFE_TO_CONTACT, ContactChannel.class))
                .supportNeeds(many(values, CaseFields.SUPPORT_NEEDS, SupportNeed.class))
                .policeDescription(new PoliceDescription(text(values, CaseFields.HEIGHT),
                        text(values, CaseFields.BUILD), text(values, CaseFields.NATIONALITY),
                        text(values, CaseFields.DISTINGUISHING_FEATURES), text(values, CaseFields.LANGUAGES_SPOKEN),
                        text(values, CaseFields.LAST_SEEN_WHERE),
                        values.dateTime(CaseFields.LAST_SEEN_WHEN).orElse(null),
                        text(values, CaseFields.LAST_SEEN_WEARING)));
        for (Question question : Question.values()) {
            Optional.ofNullable(one(values, CaseFields.questionKey(question), Answer.class))
                    .ifPresent(answer -> screening.answer(question, answer));
        }
        return screening.build();
    }

    /** The case's referral record: routes, referral date, retention review and the referral's reference. */
    public static ReferralRecord referralFrom(CaseValues values) {
        return new ReferralRecord(Set.copyOf(many(values, CaseFields.REFERRAL_ROUTES, Route.class)),
                values.date(CaseFields.REFERRED_ON), values.date(CaseFields.RETENTION_REVIEW),
                values.text(CaseFields.REFERRAL_REFERENCE).filter(InputRules::hasVisibleText).map(String::strip));
    }

    /** The dates the workflow set on the case so far. */
    public static CaseProgress.Dates datesFrom(CaseValues values) {
        return new CaseProgress.Dates(values.date(CaseFields.REASONABLE_GROUNDS_DUE),
                values.date(CaseFields.RECOVERY_SUPPORT_DATE), values.date(CaseFields.RETENTION_REVIEW));
    }

    private static <E extends Enum<E> & Identified> E one(CaseValues values, String key, Class<E> type) {
        return values.option(key).flatMap(id -> Identified.byId(type, id)).orElse(null);
    }

    private static <E extends Enum<E> & Identified> List<E> many(CaseValues values, String key, Class<E> type) {
        return values.options(key).stream().map(id -> Identified.byId(type, id).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private static String text(CaseValues values, String key) {
        return values.text(key).orElse(null);
    }
}
