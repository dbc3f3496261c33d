package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

public class ScreeningValuesTest {
    private static final Screening EVERYTHING = Screening.builder().immediateDanger(Answer.NO)
            .answer(Question.JOURNEY_ARRANGED, Answer.YES).answer(Question.FREE_TO_LEAVE, Answer.NO)
            .ageGroup(AgeGroup.UNDER_18).dateOfBirth(LocalDate.of(2010, 5, 1)).gender(Gender.values()[0])
            .under18DuringExploitation(Answer.YES).nation(Nation.SCOTLAND).consent(Consent.values()[0])
            .situationNow("Left when the van did not come one morning").whyNow("A friend said we help for free")
            .language("Tigrinya").interpreterNeeded(Answer.YES).barriers(List.of(Barrier.FEAR, Barrier.LANGUAGE))
            .exploitationTypes(List.of(ExploitationType.values()[0]))
            .indicatorsSeen(List.of(Indicator.PHYSICAL_NEGLECTED, Indicator.PHYSICAL_ASSAULT_INJURIES))
            .safeToContact(List.of(ContactChannel.values()[0])).supportNeeds(List.of(SupportNeed.values()[0]))
            .policeDescription(new PoliceDescription("1.60 m", "slight", "Eritrean", "scar on left hand", null,
                    "Leeds station", null, "red coat"))
            .build();

    @Test
    public void values_shouldBeReadBackAsTheSameScreening() {
        Screening read = ScreeningAssembler.from(new ScreeningValues(EVERYTHING, "Came with a man who held her ID."));

        assertThat(read.immediateDanger(), is(Optional.of(Answer.NO)));
        assertThat(read.answers(), is(EVERYTHING.answers()));
        assertThat(read.ageGroup(), is(Optional.of(AgeGroup.UNDER_18)));
        assertThat(read.dateOfBirth(), is(Optional.of(LocalDate.of(2010, 5, 1))));
        assertThat(read.gender(), is(EVERYTHING.gender()));
        assertThat(read.under18DuringExploitation(), is(Optional.of(Answer.YES)));
        assertThat(read.nation(), is(Optional.of(Nation.SCOTLAND)));
        assertThat(read.consent(), is(EVERYTHING.consent()));
        assertThat(read.language(), is(Optional.of("Tigrinya")));
        assertThat(read.situationNow(), is(Optional.of("Left when the van did not come one morning")));
        assertThat(read.whyNow(), is(Optional.of("A friend said we help for free")));
        assertThat(read.interpreterNeeded(), is(Optional.of(Answer.YES)));
        assertThat(read.barriers(), is(Set.of(Barrier.FEAR, Barrier.LANGUAGE)));
        assertThat(read.exploitationTypes(), is(EVERYTHING.exploitationTypes()));
        assertThat(read.indicatorsSeen(), is(EVERYTHING.indicatorsSeen()));
        assertThat(read.safeToContact(), is(EVERYTHING.safeToContact()));
        assertThat(read.supportNeeds(), is(EVERYTHING.supportNeeds()));
        assertThat(read.policeDescription(), is(EVERYTHING.policeDescription()));
    }

    @Test
    public void values_shouldKeepWhatThePersonSaidAsTheScreeningNotes() {
        ScreeningValues values = new ScreeningValues(EVERYTHING, "Came with a man who held her ID.");

        assertThat(values.text(CaseFields.SCREENING_NOTES), is(Optional.of("Came with a man who held her ID.")));
        assertThat(values.options(CaseFields.INDICATORS_SEEN), contains("physical.assault-injuries",
                "physical.neglected"));
    }

    @Test
    public void values_shouldRecordNothingThatWasNotAnswered() {
        ScreeningValues values = new ScreeningValues(Screening.builder().build(), " ");

        for (CaseField field : CaseFields.ALL) {
            assertThat(field.key(), values.option(field.key()), is(Optional.empty()));
            assertThat(field.key(), values.options(field.key()), is(empty()));
            assertThat(field.key(), values.text(field.key()), is(Optional.empty()));
            assertThat(field.key(), values.date(field.key()), is(Optional.empty()));
            assertThat(field.key(), values.dateTime(field.key()), is(Optional.empty()));
        }
    }
}
