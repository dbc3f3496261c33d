package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

public class ScreeningAssemblerTest {

    @Test
    public void from_shouldReadEveryKindOfField() {
        LocalDateTime lastSeen = LocalDateTime.of(2026, 11, 28, 18, 30);
        Screening screening = ScreeningAssembler.from(new InMemoryCaseValues()
                .with(CaseFields.IMMEDIATE_DANGER, "no")
                .with(CaseFields.AGE_GROUP, "under-18")
                .with(CaseFields.DATE_OF_BIRTH, LocalDate.of(2010, 3, 1))
                .with(CaseFields.NATION, "wales")
                .with(CaseFields.SUPPORT_NEEDS, List.of("food", "counselling"))
                .with(CaseFields.INDICATORS_SEEN, List.of("situational.documents-held"))
                .with(CaseFields.questionKey(Question.DOCUMENTS_HELD), "yes")
                .with(CaseFields.HEIGHT, "5'2\"")
                .with(CaseFields.NATIONALITY, "Vietnamese")
                .with(CaseFields.LAST_SEEN_WHEN, lastSeen));

        assertThat(screening.immediateDanger(), equalTo(Optional.of(Answer.NO)));
        assertThat(screening.ageGroup(), equalTo(Optional.of(AgeGroup.UNDER_18)));
        assertThat(screening.dateOfBirth(), equalTo(Optional.of(LocalDate.of(2010, 3, 1))));
        assertThat(screening.nation(), equalTo(Optional.of(Nation.WALES)));
        assertThat(screening.supportNeeds(), contains(SupportNeed.FOOD, SupportNeed.COUNSELLING));
        assertThat(screening.indicatorsSeen(), contains(Indicator.SITUATIONAL_DOCUMENTS_HELD));
        assertThat(screening.answer(Question.DOCUMENTS_HELD), equalTo(Optional.of(Answer.YES)));
        assertThat(screening.policeDescription().isUsable(), is(true));
        assertThat(screening.policeDescription().lastSeenWhen(), equalTo(lastSeen));
    }

    @Test
    public void from_shouldLeaveOutValuesTheAppDoesNotKnow() {
        Screening screening = ScreeningAssembler.from(new InMemoryCaseValues()
                .with(CaseFields.NATION, "isle-of-man")
                .with(CaseFields.SUPPORT_NEEDS, List.of("a-pony")));

        assertThat(screening.nation(), equalTo(Optional.empty()));
        assertThat(screening.supportNeeds(), empty());
    }

    @Test
    public void from_shouldReadAnEmptyCaseAsNothingRecorded() {
        Screening screening = ScreeningAssembler.from(new InMemoryCaseValues());

        assertThat(screening.answers().isEmpty(), is(true));
        assertThat(screening.policeDescription().isEmpty(), is(true));
    }
}
