package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.safeguarding.screening.Screenings.answeredWithNoSigns;
import static org.safeguarding.screening.Screenings.assess;
import static org.safeguarding.screening.Screenings.levelReasons;
import static org.safeguarding.screening.Screenings.withOneSign;

import java.util.Set;
import org.junit.Test;

public class AssessorRiskLevelTest {

    @Test
    public void assess_shouldRateImmediateDangerWhenSomeoneIsInDangerNow() {
        Assessment assessment = assess(answeredWithNoSigns().immediateDanger(Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.IMMEDIATE_DANGER));
        assertThat(assessment.levelReasons().get(0),
                equalTo(new Finding(Reason.DANGER_NOW, java.util.List.of(new Trigger("immediateDanger", "yes")))));
    }

    /** Danger raised at once and later found over: the case no longer says someone is in danger now. */
    @Test
    public void assess_shouldRateByTheLatestDangerCheckOverTheAnswerWhenRaised() {
        Assessment cleared = assess(answeredWithNoSigns().immediateDanger(Answer.YES).dangerChecked(Answer.NO));
        Assessment again = assess(answeredWithNoSigns().immediateDanger(Answer.NO).dangerChecked(Answer.YES));

        assertThat(cleared.level(), is(RiskLevel.LOW));
        assertThat(again.level(), is(RiskLevel.IMMEDIATE_DANGER));
        assertThat(again.levelReasons().get(0),
                equalTo(new Finding(Reason.DANGER_NOW, java.util.List.of(new Trigger("dangerChecked", "yes")))));
    }

    @Test
    public void assess_shouldRateLowOnlyWhenEveryQuestionIsAnsweredWithoutSigns() {
        Assessment assessment = assess(answeredWithNoSigns());

        assertThat(assessment.level(), is(RiskLevel.LOW));
        assertThat(assessment.confidence(), is(Confidence.HIGH));
        assertThat(assessment.unanswered(), empty());
        assertThat(levelReasons(assessment), equalTo(Set.of(Reason.NO_SIGNS)));
    }

    @Test
    public void assess_shouldSayNotEnoughInformationRatherThanLowWhenAQuestionIsOpen() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.DOCUMENTS_HELD, Answer.NOT_SURE));

        assertThat(assessment.level(), is(RiskLevel.NOT_ENOUGH_INFORMATION));
        assertThat(assessment.confidence(), is(Confidence.MEDIUM));
        assertThat(assessment.unanswered(), contains(new Trigger("question.documents-held", "not-sure")));
    }

    @Test
    public void assess_shouldSayNotEnoughInformationWithLowConfidenceForAnEmptyScreening() {
        Assessment assessment = assess(Screening.builder());

        assertThat(assessment.level(), is(RiskLevel.NOT_ENOUGH_INFORMATION));
        assertThat(assessment.confidence(), is(Confidence.LOW));
        assertThat(assessment.unanswered(), hasItem(Trigger.unanswered("immediateDanger")));
        assertThat(assessment.unanswered(), hasItem(Trigger.unanswered("ageGroup")));
        assertThat(assessment.unanswered(), hasItem(Trigger.unanswered("nation")));
    }

    @Test
    public void assess_shouldRateMediumForOneSign() {
        Assessment assessment = assess(withOneSign());

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.SIGNS_SEEN));
        assertThat(assessment.levelReasons().get(0).triggers(),
                contains(new Trigger("question.owes-money", "yes")));
    }

    @Test
    public void assess_shouldKeepTheLevelButLowerConfidenceWhenSignsComeWithOpenQuestions() {
        Assessment assessment = assess(withOneSign().answer(Question.LONG_HOURS, Answer.DECLINED));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
        assertThat(assessment.confidence(), is(Confidence.MEDIUM));
        assertThat(assessment.unanswered(), contains(new Trigger("question.long-hours", "declined")));
    }

    @Test
    public void assess_shouldCountATickedIndicatorAsASign() {
        Assessment assessment = assess(answeredWithNoSigns().indicatorsSeen(Set.of(Indicator.PHYSICAL_NEGLECTED)));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
        assertThat(assessment.levelReasons().get(0).triggers(),
                contains(new Trigger("indicatorsSeen", "physical.neglected")));
    }

    @Test
    public void assess_shouldCountARecordedExploitationTypeAsASign() {
        Assessment assessment = assess(answeredWithNoSigns().exploitationTypes(Set.of(ExploitationType.FORCED_LABOUR)));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
    }

    @Test
    public void assess_shouldRateHighWhenHeldAgainstTheirWill() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.FORCED_OR_HELD, Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0),
                equalTo(new Finding(Reason.SEVERE_SIGN, java.util.List.of(new Trigger("question.forced-or-held", "yes")))));
    }

    @Test
    public void assess_shouldRateHighForSignsOfSexualAbuse() {
        Assessment assessment = assess(answeredWithNoSigns()
                .indicatorsSeen(Set.of(Indicator.PHYSICAL_SIGNS_OF_SEXUAL_ABUSE)));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(levelReasons(assessment), hasItem(Reason.SEVERE_SIGN));
    }

    @Test
    public void assess_shouldRateHighForAnySignInAChild() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.CHILD_WITH_SIGNS));
        assertThat(assessment.levelReasons().get(0).triggers(),
                contains(new Trigger("ageGroup", "under-18"), new Trigger("question.owes-money", "yes")));
    }

    @Test
    public void assess_shouldRateHighWhenStillInContactWithExploitersAndOtherSigns() {
        Assessment assessment = assess(withOneSign().answer(Question.STILL_IN_CONTACT, Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.STILL_IN_CONTACT));
    }

    @Test
    public void assess_shouldRateMediumWhenStillInContactIsTheOnlySign() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.STILL_IN_CONTACT, Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
    }

    @Test
    public void assess_shouldRateHighWhenStillInTheExploitativeSituationWithAnotherSign() {
        Assessment assessment = assess(withOneSign().answer(Question.STILL_IN_SITUATION, Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.STILL_IN_SITUATION));
        assertThat(assessment.levelReasons().get(0).triggers(), hasItem(new Trigger("question.still-in-situation",
                "yes")));
    }

    @Test
    public void assess_shouldRateMediumWhenStillInTheSituationIsTheOnlySignAndNotHighWhenTheyLeft() {
        Assessment onlySign = assess(answeredWithNoSigns().answer(Question.STILL_IN_SITUATION, Answer.YES));
        Assessment left = assess(withOneSign().answer(Question.STILL_IN_SITUATION, Answer.NO));

        assertThat(onlySign.level(), is(RiskLevel.MEDIUM));
        assertThat(left.level(), is(RiskLevel.MEDIUM));
    }

    @Test
    public void assess_shouldRateHighForThreeIloIndicators() {
        Assessment assessment = assess(answeredWithNoSigns()
                .answer(Question.OWES_MONEY, Answer.YES)
                .answer(Question.PROMISED_DIFFERENTLY, Answer.YES)
                .answer(Question.LONG_HOURS, Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.SEVERAL_ILO_INDICATORS));
    }

    @Test
    public void assess_shouldRateMediumForTwoIloIndicators() {
        Assessment assessment = assess(answeredWithNoSigns()
                .answer(Question.OWES_MONEY, Answer.YES)
                .answer(Question.PROMISED_DIFFERENTLY, Answer.YES));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
    }

    /**
     * Signs that belong together make a clearer picture than the same number of unrelated ones: three or more signs
     * of one kind of exploitation (its own signs, with the type if recorded) make a concern high, as the ILO counts
     * several of its indicators together [S81] and STOP THE TRAFFIK says the more signs, the more likely [S69].
     */
    @Test
    public void assess_shouldRateHighForThreeSignsOfOneKindOfExploitationAndMediumForTwo() {
        Assessment servitude = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.DOMESTIC_WORKS_IN_PRIVATE_HOME, Indicator.DOMESTIC_EATS_APART,
                Indicator.DOMESTIC_NO_SLEEPING_PLACE, Indicator.DOMESTIC_ALWAYS_ON_CALL)));
        Assessment criminal = assess(answeredWithNoSigns()
                .exploitationTypes(Set.of(ExploitationType.FORCED_CRIME))
                .indicatorsSeen(Set.of(Indicator.CRIMINAL_SEVERAL_PHONES, Indicator.CRIMINAL_FEAR_OF_REPRISALS)));
        Assessment twoOfOneKind = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.DOMESTIC_WORKS_IN_PRIVATE_HOME, Indicator.DOMESTIC_EATS_APART)));
        Assessment threeOfDifferentKinds = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.DOMESTIC_EATS_APART, Indicator.CRIMINAL_SEVERAL_PHONES, Indicator.SEXUAL_GUARDED)));

        assertThat(servitude.level(), is(RiskLevel.HIGH));
        assertThat(servitude.levelReasons().get(0).reason(), is(Reason.SIGNS_OF_ONE_KIND));
        assertThat(servitude.levelReasons().get(0).triggers().size(), is(4));
        assertThat(criminal.level(), is(RiskLevel.HIGH));
        assertThat(criminal.levelReasons().get(0).triggers(),
                hasItem(new Trigger("exploitationTypes", "forced-crime")));
        assertThat(twoOfOneKind.level(), is(RiskLevel.MEDIUM));
        assertThat(threeOfDifferentKinds.level(), is(RiskLevel.MEDIUM));
    }

    @Test
    public void assess_shouldCountAnIloIndicatorOnceWhenTickedAndRevealed() {
        Assessment assessment = assess(answeredWithNoSigns()
                .answer(Question.OWES_MONEY, Answer.YES)
                .indicatorsSeen(Set.of(Indicator.ILO_DEBT_BONDAGE, Indicator.ILO_DECEPTION)));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
    }

    @Test
    public void assess_shouldTreatAWorryingNoAsASign() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.FREE_TO_LEAVE, Answer.NO));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
        assertThat(assessment.levelReasons().get(0).triggers(), contains(new Trigger("question.free-to-leave", "no")));
    }
}
