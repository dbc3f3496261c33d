package org.safeguarding.jira.work;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.Test;
import org.safeguarding.jira.setup.SetupIds;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;

public class WorkQueueJqlTest {
    private static final SetupIds IDS = statuses(SetupIds.none().withIssueType("10100"))
            .withField("age-group", "customfield_10210").withOption("age-group", "under-18", 10300L)
            .withOption("age-group", "not-sure", 10302L).withField("date-of-birth", "customfield_10211")
            .withField("referral.reasonable-grounds-due", "customfield_10212")
            .withField("referral.next-review", "customfield_10213")
            .withField("referral.retention-review", "customfield_10214");

    private final WorkQueueJql jql = new WorkQueueJql(IDS);

    /** A board shows every case in the filter's order; Rank would break the filter on a Jira without Jira Software. */
    @Test
    public void everyCase_shouldListEveryCaseOldestFirstOnceSetUpHasMadeTheIssueType() {
        assertThat(jql.everyCase(), is(Optional.of("issuetype = 10100 ORDER BY created ASC")));
        assertThat(new WorkQueueJql(SetupIds.none()).everyCase(), is(Optional.empty()));
    }

    @Test
    public void jql_shouldAskJiraForEachQueueByTheIdsSetUpRecorded() {
        assertThat(jql.jql(WorkQueue.IMMEDIATE_DANGER), is(Optional.of(
                "issuetype = 10100 AND status = 10009 ORDER BY updated ASC")));
        assertThat(jql.jql(WorkQueue.NEW_CONCERNS), is(Optional.of(
                "issuetype = 10100 AND status in (10000, 10001, 10002) ORDER BY updated ASC")));
        assertThat(jql.jql(WorkQueue.CHILDREN), is(Optional.of("issuetype = 10100 AND statusCategory != Done AND "
                + "(cf[10210] in (10300, 10302) OR cf[10211] > startOfDay(-18y)) ORDER BY updated ASC")));
        assertThat(jql.jql(WorkQueue.DECISION_OVERDUE), is(Optional.of("issuetype = 10100 AND status = 10004 AND "
                + "cf[10212] < startOfDay() ORDER BY updated ASC")));
        assertThat(jql.jql(WorkQueue.DECISION_DUE_THIS_WEEK), is(Optional.of("issuetype = 10100 AND status = 10004 "
                + "AND cf[10212] >= startOfDay() AND cf[10212] <= endOfWeek() ORDER BY updated ASC")));
        assertThat(jql.jql(WorkQueue.REVIEWS_DUE), is(Optional.of("issuetype = 10100 AND statusCategory != Done AND "
                + "cf[10213] <= endOfWeek() ORDER BY updated ASC")));
        assertThat(jql.jql(WorkQueue.RETENTION_DUE), is(Optional.of("issuetype = 10100 AND status = 10008 AND "
                + "cf[10214] <= startOfDay() ORDER BY updated ASC")));
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
