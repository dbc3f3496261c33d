package org.safeguarding.jira.web;

import java.util.Optional;
import org.safeguarding.jira.records.RetentionReports;

/** The latest retention report kept in memory, for the preview host and the tests: none until one is saved. */
public final class InMemoryRetentionReports implements RetentionReports {
    private volatile Report latest;

    @Override
    public Optional<Report> latest() {
        return Optional.ofNullable(latest);
    }

    @Override
    public void save(Report report) {
        latest = report;
    }
}
