package org.safeguarding.jira.fields;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingParams;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.util.ImportUtils;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.ClusterJobs;
import org.safeguarding.jira.platform.SelfCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes every Safeguarding concern again, on one node of the cluster, so the calculated "Safeguarding risk" that JQL
 * and boards search agrees with the issue view: once a day in the small hours (a child's age and the decision dates
 * move with the calendar), and soon after an administrator changes a setting the assessment uses. Jira indexes a case
 * itself whenever it changes; this covers what changes without the case changing.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RiskReindexJob implements JobRunner, LifecycleAware, CaseIndex {
    static final JobRunnerKey RUNNER = JobRunnerKey.of(RiskReindexJob.class.getName());
    static final JobId DAILY = JobId.of(RiskReindexJob.class.getName() + ".daily");
    static final JobId SOON = JobId.of(RiskReindexJob.class.getName() + ".soon");
    /** Cases indexed per search: a page, so a large Jira never holds every case at once. */
    static final int PAGE = 500;
    private static final LocalTime NIGHTLY = LocalTime.of(3, 0);
    private static final Logger LOG = LoggerFactory.getLogger(RiskReindexJob.class);

    private final SchedulerService scheduler;
    private final SearchService search;
    private final IssueIndexingService indexing;
    private final SetupStore setupStore;
    private final SelfCheck selfCheck;
    private final Clock clock;

    @Inject
    public RiskReindexJob(SchedulerService scheduler, SearchService search, IssueIndexingService indexing,
                          SetupStore setupStore, SelfCheck selfCheck, Clock clock) {
        this.scheduler = scheduler;
        this.search = search;
        this.indexing = indexing;
        this.setupStore = setupStore;
        this.selfCheck = selfCheck;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime tonight = LocalDate.now(clock).atTime(NIGHTLY).atZone(clock.getZone());
        schedule(DAILY, Schedule.forInterval(Duration.ofDays(1).toMillis(),
                Date.from((tonight.isAfter(now) ? tonight : tonight.plusDays(1)).toInstant())));
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public void reindexAllLater() {
        schedule(SOON, Schedule.runOnce(Date.from(clock.instant())));
    }

    private void schedule(JobId job, Schedule when) {
        ClusterJobs.schedule(scheduler, RUNNER, job, when, "reindexing the cases' risk");
    }

    /**
     * Switched off, with the reason as Jira's scheduler shows it, where this Jira lacks part of the search or
     * indexing API the job uses ({@code searchOverrideSecurity} has no public evidence on 11.3); and a failure the
     * self-check did not foresee ends the run with its reason rather than the scheduler's thread.
     */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        List<SelfCheck.Found> missing = selfCheck.missingFor(RiskReindexJob.class);
        if (!missing.isEmpty()) {
            return JobRunnerResponse.failed("switched off: " + missing.get(0).missing().problem());
        }
        try {
            return reindex();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Safeguarding for Jira: reindexing the cases' risk failed", e);
            return JobRunnerResponse.failed("reindexing the cases' risk failed: " + e);
        }
    }

    private JobRunnerResponse reindex() {
        Optional<String> concern = setupStore.load().issueType();
        if (concern.isEmpty()) {
            return JobRunnerResponse.success("no Safeguarding concern issue type yet: nothing to index");
        }
        SearchService.ParseResult parsed = search.parseQuery(null, "issuetype = " + concern.get());
        // On a scheduler thread Jira may have indexing switched off, and a reindex would then do nothing.
        boolean wasIndexing = ImportUtils.isIndexIssues();
        ImportUtils.setIndexIssues(true);
        long indexed = 0;
        try {
            for (int start = 0; ; start += PAGE) {
                // The job has no user: it must find every case, whoever may see it, to index it.
                List<Issue> page = search.searchOverrideSecurity(null, parsed.getQuery(),
                        PagerFilter.newPageAlignedFilter(start, PAGE)).getResults();
                indexing.reIndexIssueObjects(page, IssueIndexingParams.INDEX_ISSUE_ONLY);
                indexed += page.size();
                if (page.size() < PAGE) {
                    break;
                }
            }
        } catch (SearchException | IndexException e) {
            LOG.error("Safeguarding for Jira: reindexing the cases' risk stopped after {} cases", indexed, e);
            return JobRunnerResponse.failed("stopped after " + indexed + " cases: " + e.getMessage());
        } finally {
            ImportUtils.setIndexIssues(wasIndexing);
        }
        return JobRunnerResponse.success(indexed + " Safeguarding concerns indexed again");
    }
}
