package org.safeguarding.jira.host;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.web.RetentionReports;
import org.safeguarding.referral.ClosedCase;

public class PluginSettingsRetentionReportsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private PluginSettingsFactory factory;
    @Mock
    private PluginSettings settings;

    private final Map<String, Object> stored = new HashMap<>();
    private PluginSettingsRetentionReports reports;

    @Before
    public void setUp() {
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get(anyString())).thenAnswer(call -> stored.get(call.getArgument(0)));
        when(settings.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        reports = new PluginSettingsRetentionReports(factory);
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
