package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.Test;

public class SetupIdsTest {
    private final SetupIds ids = SetupIds.none()
            .withField("question.owes-money", "customfield_10201")
            .withOption("question.owes-money", "yes", 10301L)
            .withOption("question.owes-money", "no", 10302L)
            .withOption("indicators-seen", "situational.documents-held", 10401L)
            .withStatus("lead-review", "10002")
            .withStatus("referred", "10003");

    @Test
    public void valueOfOption_shouldGiveTheValueAnOptionOfAFieldWithDotsHolds() {
        assertThat(ids.valueOfOption("question.owes-money", 10302L), is(Optional.of("no")));
        assertThat(ids.valueOfOption("indicators-seen", 10401L), is(Optional.of("situational.documents-held")));
    }

    @Test
    public void valueOfOption_shouldGiveNothingForAnOptionOfAnotherField() {
        assertThat(ids.valueOfOption("indicators-seen", 10301L), is(Optional.empty()));
    }

    @Test
    public void valueOfOption_shouldGiveNothingForAnOptionAnAdminAddedByHand() {
        assertThat(ids.valueOfOption("question.owes-money", 99999L), is(Optional.empty()));
    }

    @Test
    public void valueOfOption_shouldGiveNothingForAFieldSetUpNeverRecorded() {
        assertThat(ids.valueOfOption("no-such-field", 10301L), is(Optional.empty()));
    }

    @Test
    public void valueOfOption_shouldSeeAnOptionRecordedLater() {
        SetupIds later = ids.withOption("question.owes-money", "not-sure", 10303L);
        ids.valueOfOption("question.owes-money", 10301L);

        assertThat(later.valueOfOption("question.owes-money", 10303L), is(Optional.of("not-sure")));
        assertThat(ids.valueOfOption("question.owes-money", 10303L), is(Optional.empty()));
    }

    @Test
    public void stepOf_shouldGiveTheStepAStatusStandsFor() {
        assertThat(ids.stepOf("10003"), is(Optional.of("referred")));
    }

    @Test
    public void stepOf_shouldGiveNothingForAStatusOfAnotherWorkflow() {
        assertThat(ids.stepOf("1"), is(Optional.empty()));
    }
}
