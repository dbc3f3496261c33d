package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.Test;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;

public class WorkQueueJqlTest {
    private static final SetupIds IDS = statuses(SetupIds.none().withIssueType("10100"))
            .withField("age-group", "customfield_10210").withOption("age-group", "under-18", 10300L)
            .withOption("age-group", "not-sure", 10302L).withOption("age-group", "adult", 10301L).withField("date-of-birth", "customfield_10211")
            .withField("referral.reasonable-grounds-due", "customfield_10212")
            .withField("referral.next-review", "customfield_10213")
            .withField("referral.retention-review", "customfield_10214");

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final WorkQueueJql jql = new WorkQueueJql(IDS);

    /** A board shows every case in the filter's order; Rank would break the filter on a Jira without Jira Software. */
    @Test
    public void everyCase_shouldListEveryCaseOldestFirstOnceSetUpHasMadeTheIssueType() {
        assertThat(jql.everyCase(), is(Optional.of("issuetype = 10100 ORDER BY created ASC")));
        assertThat(new WorkQueueJql(SetupIds.none()).everyCase(), is(Optional.empty()));
    }

    /**
     * Each queue's JQL, read as Jira's search would read it, finds exactly the cases the queue's rule holds, for every
     * status, a child or an adult, decision, review and retention dates around today, on every day of the week.
     */
    @Test
    public void jql_shouldFindExactlyTheCasesTheQueuesRuleHoldsOnEveryDayOfTheWeek() {
        Map<String, ReferralStep> statuses = new HashMap<>();
        for (ReferralStep step : ReferralStep.values()) {
            statuses.put(IDS.status(step.id()).orElseThrow(), step);
        }
        JqlOverFacts jira = new JqlOverFacts(new JqlOverFacts.Ids(statuses, "customfield_10210", "10300", "10301",
                "customfield_10211", "customfield_10212", "customfield_10213", "customfield_10214",
                "customfield_10215"));
        WorkQueueJql withRisk = new WorkQueueJql(IDS.withField("risk", "customfield_10215"));
        List<String> differences = new ArrayList<>();
        for (WorkQueue queue : WorkQueue.values()) {
            Predicate<JqlOverFacts.Facts> found = jira.read(withRisk.jql(queue).orElseThrow());
            for (LocalDate today = MONDAY; today.isBefore(MONDAY.plusDays(7)); today = today.plusDays(1)) {
                for (WorkQueue.Facts facts : everyCase(today)) {
                    if (found.test(new JqlOverFacts.Facts(facts, today)) != queue.holds(facts, today)) {
                        differences.add(queue + " on " + today.getDayOfWeek() + ": " + facts);
                    }
                }
            }
        }
        assertThat(differences.stream().limit(5).toList(), is(List.of()));
    }

    /** Each list is triaged most serious first, then oldest first (issue 29): the risk field sorts danger first. */
    @Test
    public void jql_shouldOrderEachListByRiskThenAge() {
        WorkQueueJql withRisk = new WorkQueueJql(IDS.withField("risk", "customfield_10215"));

        assertThat(withRisk.jql(WorkQueue.NEW_CONCERNS).orElseThrow(), endsWith(" ORDER BY cf[10215] ASC, "
                + "created ASC"));
        assertThat(jql.jql(WorkQueue.NEW_CONCERNS).orElseThrow(), endsWith(" ORDER BY created ASC"));
    }

    @Test
    public void jqlOverFacts_shouldRefuseAQueryItCannotRead() {
        JqlOverFacts jira = new JqlOverFacts(new JqlOverFacts.Ids(Map.of(), "", "", "", "", "", "", "", ""));

        assertThrows(IllegalArgumentException.class, () -> jira.read("issuetype = 1 AND priority = 3 ORDER BY "
                + "updated ASC"));
        assertThrows(IllegalArgumentException.class, () -> jira.read("project = SG"));
    }

    private static List<WorkQueue.Facts> everyCase(LocalDate today) {
        List<Optional<LocalDate>> days = new ArrayList<>(List.of(Optional.empty()));
        for (int offset : new int[] {-8, -1, 0, 1, 6, 7, 8}) {
            days.add(Optional.of(today.plusDays(offset)));
        }
        List<WorkQueue.Facts> cases = new ArrayList<>();
        for (ReferralStep status : ReferralStep.values()) {
            for (boolean child : new boolean[] {true, false}) {
                for (boolean danger : new boolean[] {true, false}) {
                    for (Optional<LocalDate> due : days) {
                        for (Optional<LocalDate> review : days) {
                            for (Optional<LocalDate> retention : days) {
                                cases.add(new WorkQueue.Facts(status, child, due, review, retention, danger));
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    @Test
    public void jql_shouldAskNothingWhileSetUpHasNotRecordedWhatAQueueNeeds() {
        WorkQueueJql unset = new WorkQueueJql(SetupIds.none().withIssueType("10100"));

        assertThat(unset.jql(WorkQueue.MISSING), is(Optional.empty()));
        assertThat(new WorkQueueJql(statuses(SetupIds.none())).jql(WorkQueue.MISSING), is(Optional.empty()));
    }

    private static SetupIds statuses(SetupIds ids) {
        SetupIds with = ids;
        for (ReferralStep step : ReferralStep.values()) {
            with = with.withStatus(step.id(), String.valueOf(10000 + step.ordinal()));
        }
        return with;
    }
}
