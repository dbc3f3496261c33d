package org.safeguarding.jira.records;

import java.util.Optional;

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
