package org.safeguarding.jira.nrm;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.NrmDraft;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;

/** Where the draft sends a lead to record what the form needs and the case lacks. */
public class NrmDraftPageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final PropertiesTexts texts = new PropertiesTexts();

    private static NrmDraft draft(Screening screening) {
        return NrmDraft.of(screening, Assessor.assess(screening, new Organisation(true, false), TODAY),
                new NrmDraft.Recorded("SG-1", new ReferralRecord(Set.of(), Optional.empty(), Optional.empty(), Optional.empty()),
                        Optional.empty(), List.of()), TODAY);
    }

    @Test
    public void recordIn_shouldNameAFieldAndItsTabForEveryAnswerTheCaseCanLackOnEveryBranch() {
        List<Screening> cases = List.of(Screening.builder().build(),
                Screening.builder().ageGroup(AgeGroup.UNDER_18).build(),
                Screening.builder().ageGroup(AgeGroup.ADULT).consent(Consent.REFUSED).build(),
                Screening.builder().ageGroup(AgeGroup.ADULT).consent(Consent.UNABLE)
                        .answer(Question.STILL_IN_SITUATION, Answer.YES).build(),
                Screening.builder().answer(Question.STILL_IN_SITUATION, Answer.NO)
                        .answer(Question.FIRST_CHANCE, Answer.NO).build());
        int missing = 0;
        for (Screening screening : cases) {
            for (NrmDraft.Line line : draft(screening).missing()) {
                String where = NrmDraftPage.recordIn(line, texts);

                assertThat(line.id(), where.isBlank(), is(false));
                assertThat(line.id(), where, not(containsString("safeguarding.")));
                missing++;
            }
        }
        assertThat(missing > 40, is(true));
    }

    @Test
    public void recordIn_shouldSendAStillInTheSituationAnswerToItsQuestionsFieldOnTheScreeningTab() {
        NrmDraft.Line line = draft(Screening.builder().build()).missing().stream()
                .filter(missing -> missing.id().equals("still-in-situation")).findFirst().orElseThrow();

        assertThat(NrmDraftPage.recordIn(line, texts), is(texts.text("safeguarding.nrm.record-in.field",
                texts.text("safeguarding.field.question.still-in-situation.name"),
                texts.text("safeguarding.tab.screening"))));
    }

    @Test
    public void recordIn_shouldNameATabOnceForTheFieldsOnIt() {
        NrmDraft.Line line = draft(Screening.builder().build()).missing().stream()
                .filter(missing -> missing.id().equals("interpreter")).findFirst().orElseThrow();

        assertThat(NrmDraftPage.recordIn(line, texts), is(texts.text("safeguarding.nrm.record-in.field",
                texts.text("safeguarding.field.interpreter-needed.name") + "; "
                        + texts.text("safeguarding.field.language.name"), texts.text("safeguarding.tab.person"))));
    }

    /** A lead about to refer again sees first what the case says was already sent, where and under which reference. */
    @Test
    public void alreadyReferred_shouldGiveTheRoutesDayAndReferenceRecordedOnRefer() {
        ReferralRecord referred = new ReferralRecord(Set.of(Route.POLICE, Route.NRM_REFERRAL),
                Optional.of(LocalDate.of(2026, 12, 3)), Optional.empty(), Optional.of("NRM-2026-0042"));
        // In the order the Refer screen lists the routes.
        String routes = texts.text(Route.NRM_REFERRAL.labelKey()) + ", " + texts.text(Route.POLICE.labelKey());

        assertThat(NrmDraftPage.alreadyReferred(referred, texts), is(texts.text("safeguarding.nrm.already-referred",
                routes, "3 Dec 2026") + " " + texts.text("safeguarding.nrm.already-referred.reference",
                "NRM-2026-0042")));
        assertThat(NrmDraftPage.alreadyReferred(ReferralRecord.NONE, texts), is(""));
        assertThat(NrmDraftPage.alreadyReferred(new ReferralRecord(Set.of(Route.POLICE), Optional.empty(),
                Optional.empty(), Optional.empty()), texts), is(texts.text(
                "safeguarding.nrm.already-referred.undated", texts.text(Route.POLICE.labelKey()))));
    }
}
