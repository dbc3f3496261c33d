package org.safeguarding.jira.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.ClosedCase;

/** The latest retention report: the day the job ran and the closed cases then past their retention period. */
public interface RetentionReports {
    record Report(LocalDate ranOn, List<ClosedCase> due) {
        public Report {
            due = List.copyOf(due);
        }
    }

    Optional<Report> latest();

    void save(Report report);
}
