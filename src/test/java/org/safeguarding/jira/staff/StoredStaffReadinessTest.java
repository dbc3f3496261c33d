package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.SafeguardingPlan;

/** How the staff stand, read once per page: the group's members are listed once, however many parts are shown. */
public class StoredStaffReadinessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    public void now_shouldListTheGroupOnceForThePlanAndTheTrainingAlike() {
        SampleLeadNames groups = spy(new SampleLeadNames());
        InMemoryPlanStore plan = new InMemoryPlanStore();
        plan.save(new PlanStore.Saved(new SafeguardingPlan("a", "b", "c", "d"), TODAY));
        InMemoryPlanReads reads = new InMemoryPlanReads();
        reads.read("worker", plan.read().orElseThrow().version(), Instant.parse("2026-12-07T09:00:00Z"));
        StoredStaffReadiness readiness = new StoredStaffReadiness(new InMemorySettings(new AppSettings(Set.of(),
                false, false, null, null, null, false, null, null, null, null, "jira-software-users", 12)), groups,
                plan, reads, new InMemoryTrainingRecords());

        StaffReadiness.Standing standing = readiness.now(TODAY);

        verify(groups, times(1)).people("jira-software-users");
        assertThat(standing.staffGroup(), is(Optional.of("jira-software-users")));
        assertThat(standing.staff().size(), is(3));
        assertThat(standing.planReadership().orElseThrow().readCurrent(), is(1L));
        assertThat(standing.training().rows().size(), is(3));
        assertThat(standing.refresherMonths(), is(12));
    }

    @Test
    public void now_shouldListNobodyWhileNoGroupIsNamed() {
        StaffReadiness.Standing standing = new StoredStaffReadiness(new InMemorySettings(AppSettings.DEFAULTS),
                new SampleLeadNames(), new InMemoryPlanStore(), new InMemoryPlanReads(),
                new InMemoryTrainingRecords()).now(TODAY);

        assertThat(standing.staffGroup(), is(Optional.empty()));
        assertThat(standing.staff().isEmpty(), is(true));
        assertThat(standing.planReadership(), is(Optional.empty()));
    }
}
