package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.jira.platform.MapPluginSettings;
import org.safeguarding.referral.ClosedCase;

public class PluginSettingsRetentionReportsTest {
    private final MapPluginSettings sal = new MapPluginSettings();
    private final Map<String, Object> stored = sal.stored;
    private PluginSettingsRetentionReports reports;

    @Before
    public void setUp() {
        reports = new PluginSettingsRetentionReports(sal);
    }

    @Test
    public void latest_shouldBeWhatWasLastSaved() {
        RetentionReports.Report report = new RetentionReports.Report(LocalDate.of(2026, 11, 29), List.of(
                new ClosedCase("SG-1", LocalDate.of(2020, 1, 6), null),
                new ClosedCase("SG-2", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 11, 29))), 2);

        reports.save(report);

        assertThat(reports.latest(), is(Optional.of(report)));
    }

    @Test
    public void latest_shouldBeNoneBeforeTheFirstRunOrWhenTheStoredReportIsUnreadable() {
        assertThat(reports.latest(), is(Optional.empty()));
        stored.put(PluginSettingsRetentionReports.KEY, "{\"ranOn\": \"yesterday\"}");
        assertThat(reports.latest(), is(Optional.empty()));
        stored.put(PluginSettingsRetentionReports.KEY, "not json");
        assertThat(reports.latest(), is(Optional.empty()));
    }
}
