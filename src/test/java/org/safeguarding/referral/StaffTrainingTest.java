package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.referral.StaffTraining.Row;
import org.safeguarding.referral.StaffTraining.Status;
import org.safeguarding.referral.StaffTraining.Trained;

public class StaffTrainingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final StaffMember ANN = new StaffMember("ann", "Ann Lee");
    private static final StaffMember BEN = new StaffMember("ben", "Ben Cole");
    private static final StaffMember CAT = new StaffMember("cat", "Cat Day");
    private static final StaffMember DAN = new StaffMember("dan", "Dan Eze");

    @Test
    public void of_shouldPutTheNeverTrainedFirstThenTheOverdueThenTheDueSoon() {
        Trained lastYear = new Trained(TrainingCourse.STOP_THE_TRAFFIK, LocalDate.of(2025, 12, 1));
        Trained almostAYearAgo = new Trained(TrainingCourse.E_LEARNING, LocalDate.of(2026, 1, 2));
        Trained recently = new Trained(TrainingCourse.ORGANISATION, LocalDate.of(2026, 11, 1));

        StaffTraining training = StaffTraining.of(List.of(ANN, BEN, CAT, DAN), Map.of(
                "ann", List.of(recently, lastYear), "ben", List.of(lastYear), "cat", List.of(almostAYearAgo)), 12,
                TODAY);

        assertThat(training.rows(), contains(
                new Row(DAN, Status.NEVER_TRAINED, Optional.empty(), Optional.empty()),
                new Row(BEN, Status.OVERDUE, Optional.of(lastYear), Optional.of(LocalDate.of(2026, 12, 1))),
                new Row(CAT, Status.DUE_SOON, Optional.of(almostAYearAgo), Optional.of(LocalDate.of(2027, 1, 2))),
                new Row(ANN, Status.UP_TO_DATE, Optional.of(recently), Optional.of(LocalDate.of(2027, 11, 1)))));
        assertThat(training.upToDate(), is(1L));
        assertThat(training.percentUpToDate(), is(Optional.of(25)));
    }

    @Test
    public void of_shouldCountTrainingOnceForGoodWithoutARefresherPeriod() {
        Trained longAgo = new Trained(TrainingCourse.ORGANISATION, LocalDate.of(2019, 5, 1));

        StaffTraining training = StaffTraining.of(List.of(ANN), Map.of("ann", List.of(longAgo)), null, TODAY);

        assertThat(training.rows().get(0).status(), is(Status.UP_TO_DATE));
        assertThat(training.rows().get(0).dueOn(), is(Optional.empty()));
    }

    @Test
    public void of_shouldCountARefresherDueTodayAsDueSoonAndOneDueYesterdayAsOverdue() {
        StaffTraining training = StaffTraining.of(List.of(ANN, BEN), Map.of(
                "ann", List.of(new Trained(TrainingCourse.ORGANISATION, TODAY.minusMonths(12))),
                "ben", List.of(new Trained(TrainingCourse.ORGANISATION, TODAY.minusMonths(12).minusDays(1)))), 12,
                TODAY);

        assertThat(training.rows().stream().map(Row::status).toList(), contains(Status.OVERDUE, Status.DUE_SOON));
        assertThat(StaffTraining.of(List.of(), Map.of(), 12, TODAY).percentUpToDate(), is(Optional.empty()));
    }
}
