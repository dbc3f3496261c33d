package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.safeguarding.screening.Screenings.answeredWithNoSigns;
import static org.safeguarding.screening.Screenings.assess;

import java.util.Set;
import org.junit.Test;

/**
 * Vignettes from the sources for a sign that stands for several codes: the ILO's indicators of forced labour counted
 * together ([S81], §4.4), the signs of labour exploitation (§4.2), and nothing counted that a sign does not say.
 */
public class AssessorSignsOfferedTest {

    private static Trigger ticked(Indicator sign) {
        return Trigger.of("indicatorsSeen", sign);
    }

    /**
     * A car-wash worker whose boss keeps their passport, threatens to report them to the authorities, and works them
     * very long hours with no days off: retention of identity documents, intimidation and threats, and excessive
     * overtime are three of the ILO's eleven, "usually several together point to forced labour".
     */
    @Test
    public void assess_shouldCountThreeIloIndicatorsWhenThreeSignsSayThemInOtherWords() {
        Assessment assessment = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.ILO_RETENTION_OF_DOCUMENTS, Indicator.SITUATIONAL_THREATS,
                Indicator.ENVIRONMENTAL_EXCESSIVE_HOURS)));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.SEVERAL_ILO_INDICATORS));
        assertThat(assessment.levelReasons().get(0).triggers(), containsInAnyOrder(
                ticked(Indicator.ILO_RETENTION_OF_DOCUMENTS), ticked(Indicator.SITUATIONAL_THREATS),
                ticked(Indicator.ENVIRONMENTAL_EXCESSIVE_HOURS)));
    }

    /** A live-in domestic worker whose employer holds their documents, cut off from family, threatened (§4.2). */
    @Test
    public void assess_shouldCountTheEmployerHoldingDocumentsAsRetentionOfDocuments() {
        Assessment assessment = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.DOMESTIC_DOCUMENTS_HELD_BY_EMPLOYER, Indicator.SITUATIONAL_LIMITED_CONTACT,
                Indicator.SITUATIONAL_THREATS)));

        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(assessment.levelReasons().get(0).reason(), is(Reason.SEVERAL_ILO_INDICATORS));
    }

    /** False documents are not someone else keeping them: two ILO indicators, not three. */
    @Test
    public void assess_shouldNotCountFalseDocumentsAsRetentionOfDocuments() {
        Assessment falseDocuments = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.SITUATIONAL_FALSE_DOCUMENTS, Indicator.SITUATIONAL_LIMITED_CONTACT,
                Indicator.SITUATIONAL_THREATS)));
        // Recorded before the sign was split, "held, or false" says neither for sure.
        Assessment recordedBefore = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.SITUATIONAL_DOCUMENTS_HELD, Indicator.SITUATIONAL_LIMITED_CONTACT,
                Indicator.SITUATIONAL_THREATS)));

        assertThat(falseDocuments.level(), is(RiskLevel.MEDIUM));
        assertThat(recordedBefore.level(), is(RiskLevel.MEDIUM));
    }

    /**
     * No control over their passport, no contract, wages docked: three signs of labour exploitation (§4.2), shown
     * as the sign the worker ticked, never as a code they did not see.
     */
    @Test
    public void assess_shouldCountTheDocumentsSignAmongTheSignsOfLabourExploitationAsTicked() {
        Assessment assessment = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.ILO_RETENTION_OF_DOCUMENTS, Indicator.LABOUR_NO_CONTRACT, Indicator.LABOUR_WAGE_PENALTIES)));

        Finding ofOneKind = assessment.levelReasons().stream()
                .filter(finding -> finding.reason() == Reason.SIGNS_OF_ONE_KIND).findFirst().orElseThrow();
        assertThat(assessment.level(), is(RiskLevel.HIGH));
        assertThat(ofOneKind.triggers(), containsInAnyOrder(ticked(Indicator.ILO_RETENTION_OF_DOCUMENTS),
                ticked(Indicator.LABOUR_NO_CONTRACT), ticked(Indicator.LABOUR_WAGE_PENALTIES)));
        assertThat(ofOneKind.triggers(), not(hasItem(ticked(Indicator.LABOUR_NO_CONTROL_OF_DOCUMENTS))));
    }

    /** A sign an answer revealed is shown as that answer, not as a tick the worker never made. */
    @Test
    public void assess_shouldShowASignOfOneKindRevealedByAnAnswerAsTheAnswer() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.ARRANGED_LIVING_AND_WORK, Answer.YES)
                .indicatorsSeen(Set.of(Indicator.LABOUR_NO_CONTRACT, Indicator.LABOUR_WAGE_PENALTIES)));

        Finding ofOneKind = assessment.levelReasons().stream()
                .filter(finding -> finding.reason() == Reason.SIGNS_OF_ONE_KIND).findFirst().orElseThrow();
        assertThat(ofOneKind.triggers(), hasItem(Trigger.of(Question.ARRANGED_LIVING_AND_WORK, Answer.YES)));
        assertThat(ofOneKind.triggers(), not(hasItem(ticked(Indicator.LABOUR_EMPLOYER_HOUSING))));
    }

    @Test
    public void assess_shouldCountOneTickOnceAmongTheReasonsWhateverItImplies() {
        Assessment assessment = assess(answeredWithNoSigns().indicatorsSeen(Set.of(
                Indicator.DOMESTIC_DOCUMENTS_HELD_BY_EMPLOYER)));

        assertThat(assessment.level(), is(RiskLevel.MEDIUM));
        assertThat(assessment.levelReasons().get(0).triggers(),
                contains(ticked(Indicator.DOMESTIC_DOCUMENTS_HELD_BY_EMPLOYER)));
    }
}
