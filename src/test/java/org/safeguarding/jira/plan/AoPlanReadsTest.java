package org.safeguarding.jira.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.referral.PlanReadership.Read;
import org.safeguarding.referral.SafeguardingPlan;
import org.safeguarding.upgrade.InMemoryActiveObjects;

/** The plan's reads over Active Objects as strict as Jira's database: its column names, NOT NULL and the query forms. */
public class AoPlanReadsTest {
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
    /** 00:30 in the UK on 1 June is still 31 May in UTC: the day of a read is the UK's. */
    private static final Instant SUMMER_NIGHT = Instant.parse("2026-05-31T23:30:00Z");

    private final AoPlanReads reads = new AoPlanReads(new InMemoryActiveObjects());

    @Test
    public void askOnce_shouldAskEachMemberOfStaffOncePerVersion() {
        assertThat(reads.askOnce("worker", "v1", MONDAY), is(true));
        assertThat(reads.askOnce("worker", "v1", MONDAY.plusSeconds(60)), is(false));
        assertThat(reads.askOnce("lead", "v1", MONDAY), is(true));
        // A changed plan asks everyone again.
        assertThat(reads.askOnce("worker", "v2", MONDAY), is(true));
        assertThat(reads.hasRead("worker", "v1"), is(false));
    }

    @Test
    public void read_shouldKeepTheFirstDayTheyReadIt() {
        reads.askOnce("worker", "v1", MONDAY);
        reads.read("worker", "v1", MONDAY.plusSeconds(3600));
        reads.read("worker", "v1", MONDAY.plusSeconds(86_400 * 3));
        reads.read("lead", "v1", SUMMER_NIGHT);

        assertThat(reads.hasRead("worker", "v1"), is(true));
        assertThat(reads.hasRead("worker", "v2"), is(false));
        Map<String, List<Read>> all = reads.reads();
        assertThat(all.get("worker"), contains(new Read("v1", LocalDate.of(2026, 12, 7))));
        assertThat(all.get("lead"), contains(new Read("v1", LocalDate.of(2026, 6, 1))));
        assertThat(reads.askOnce("lead", "v1", MONDAY), is(false));
    }

    @Test
    public void askNow_shouldAskOnceAboutASavedPlanNotYetReadAndNeverAboutTheTemplate() {
        PlanStore.Saved saved = new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 12, 1));

        assertThat(reads.askNow("worker", Optional.empty(), MONDAY), is(false));
        assertThat(reads.askNow("worker", Optional.of(saved), MONDAY), is(true));
        assertThat(reads.askNow("worker", Optional.of(saved), MONDAY), is(false));
        reads.read("lead", saved.version(), MONDAY);
        assertThat(reads.askNow("lead", Optional.of(saved), MONDAY), is(false));
    }

    @Test
    public void of_shouldGiveEverythingKeptAboutOneUserOldestFirst() {
        reads.askOnce("worker", "v1", MONDAY);
        reads.read("worker", "v2", MONDAY.plusSeconds(60));
        reads.askOnce("lead", "v1", MONDAY);

        assertThat(reads.of("worker"), contains(new PlanReads.Entry("v1", MONDAY, Optional.empty()),
                new PlanReads.Entry("v2", MONDAY.plusSeconds(60), Optional.of(MONDAY.plusSeconds(60)))));
        assertThat(reads.of("nobody").isEmpty(), is(true));
    }

    @Test
    public void reads_shouldLeaveOutThoseAskedWhoHaveNotReadIt() {
        reads.askOnce("worker", "v1", MONDAY);

        assertThat(reads.reads().isEmpty(), is(true));
    }
}
