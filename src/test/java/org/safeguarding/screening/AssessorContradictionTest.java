package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.safeguarding.screening.Screenings.TODAY;
import static org.safeguarding.screening.Screenings.actions;
import static org.safeguarding.screening.Screenings.answeredWithNoSigns;
import static org.safeguarding.screening.Screenings.assess;
import static org.safeguarding.screening.Screenings.withOneSign;

import java.util.List;
import java.util.Set;
import org.junit.Test;

public class AssessorContradictionTest {

    @Test
    public void assess_shouldReportAnAdultWithABirthDateUnder18AndTreatThemAsAChild() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.ADULT).dateOfBirth(TODAY.minusYears(16)));

        assertThat(assessment.contradictions(), contains(new Contradiction(Contradiction.Kind.ADULT_BORN_UNDER_18,
                List.of(new Trigger("ageGroup", "adult"), new Trigger("dateOfBirth", TODAY.minusYears(16).toString())))));
        assertThat(assessment.treatedAsChild(), is(true));
        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(actions(assessment), hasItem(Action.REQUEST_AGE_ASSESSMENT));
        assertThat(actions(assessment), hasItem(Action.CHECK_CONTRADICTIONS));
    }

    @Test
    public void assess_shouldReportFreeToLeaveWithForcedThreatenedOrHeld() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.FREE_TO_LEAVE, Answer.YES)
                .answer(Question.FORCED_OR_HELD, Answer.YES));

        assertThat(assessment.contradictions(), hasItem(new Contradiction(Contradiction.Kind.ANSWERS_DISAGREE, List.of(
                new Trigger("question.free-to-leave", "yes"), new Trigger("question.forced-or-held", "yes")))));
        assertThat(actions(assessment), hasItem(Action.CHECK_CONTRADICTIONS));
    }

    @Test
    public void assess_shouldNotReportAnswersThatAgree() {
        assertThat(assess(answeredWithNoSigns().answer(Question.FREE_TO_LEAVE, Answer.NO)
                .answer(Question.FORCED_OR_HELD, Answer.YES)).contradictions(), empty());
        assertThat(assess(answeredWithNoSigns().answer(Question.FREE_TO_LEAVE, Answer.YES)
                .answer(Question.FORCED_OR_HELD, Answer.NO)).contradictions(), empty());
    }

    @Test
    public void assess_shouldTreatSomeoneWhoTurns18TodayAsAnAdult() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.ADULT).dateOfBirth(TODAY.minusYears(18)));

        assertThat(assessment.contradictions(), empty());
        assertThat(assessment.treatedAsChild(), is(false));
    }

    @Test
    public void assess_shouldReportAChildWithABirthDate18OrOverAndStillTreatThemAsAChild() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).dateOfBirth(TODAY.minusYears(30)));

        assertThat(assessment.contradictions().get(0).kind(), is(Contradiction.Kind.CHILD_BORN_18_OR_OVER));
        assertThat(assessment.treatedAsChild(), is(true));
        assertThat(actions(assessment), hasItem(Action.REQUEST_AGE_ASSESSMENT));
    }

    @Test
    public void assess_shouldTakeTheAgeFromTheBirthDateWhenNoAgeGroupIsRecorded() {
        Assessment assessment = assess(withOneSign().ageGroup(null).dateOfBirth(TODAY.minusYears(15)));

        assertThat(assessment.treatedAsChild(), is(true));
        assertThat(assessment.contradictions(), empty());
        assertThat(actions(assessment), hasItem(Action.REFER_TO_CHILDRENS_SERVICES));
    }

    @Test
    public void assess_shouldReportASignThatContradictsTheAnswerAboutIt() {
        Assessment assessment = assess(answeredWithNoSigns()
                .indicatorsSeen(Set.of(Indicator.SITUATIONAL_DOCUMENTS_HELD)));

        assertThat(assessment.contradictions(), contains(new Contradiction(Contradiction.Kind.SIGN_CONTRADICTS_ANSWER,
                List.of(new Trigger("question.documents-held", "no"),
                        new Trigger("indicatorsSeen", "situational.documents-held")))));
        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
    }

    @Test
    public void assess_shouldNotCallAnOpenAnswerAContradiction() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.DOCUMENTS_HELD, Answer.NOT_SURE)
                .indicatorsSeen(Set.of(Indicator.SITUATIONAL_DOCUMENTS_HELD)));

        assertThat(assessment.contradictions(), empty());
    }

    @Test
    public void assess_shouldReportAChildRecordedAsNotUnder18DuringTheExploitation() {
        Assessment child = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).under18DuringExploitation(Answer.NO));
        Assessment adult = assess(withOneSign().ageGroup(AgeGroup.ADULT).under18DuringExploitation(Answer.NO));
        Assessment exploitedAsAChild = assess(withOneSign().ageGroup(AgeGroup.ADULT)
                .under18DuringExploitation(Answer.YES).consent(Consent.NOT_ASKED_YET));

        assertThat(kinds(child), hasItem(Contradiction.Kind.CHILD_NOT_UNDER_18_WHEN_EXPLOITED));
        assertThat(child.treatedAsChild(), is(true));
        assertThat(kinds(adult), not(hasItem(Contradiction.Kind.CHILD_NOT_UNDER_18_WHEN_EXPLOITED)));
        assertThat("an adult exploited as a child still has to agree", actions(exploitedAsAChild),
                hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT));
    }

    private static List<Contradiction.Kind> kinds(Assessment assessment) {
        return assessment.contradictions().stream().map(Contradiction::kind).toList();
    }
}
