package org.safeguarding.jira.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.ClosedCase;

/**
 * The latest retention report: the day the job ran, how many closed cases were then past their retention period,
 * and those due longest ago (at most {@link #LISTED}, so a long backlog stays a page someone can work through and a
 * value plugin settings can hold).
 */
public interface RetentionReports {
    int LISTED = 500;

    record Report(LocalDate ranOn, List<ClosedCase> due, int total) {
        public Report {
            due = List.copyOf(due);
        }
    }

    Optional<Report> latest();

    void save(Report report);
}
