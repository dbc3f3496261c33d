package org.safeguarding.jira.records;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.PluginSettingsJson;
import org.safeguarding.referral.ClosedCase;

/**
 * The latest retention report in SAL's global plugin settings, as JSON: every node shows the report the one node
 * that ran the job wrote. An unreadable report reads as none, and the next run replaces it.
 */
@Named
public class PluginSettingsRetentionReports implements RetentionReports {
    static final String KEY = "org.safeguarding.retention.report";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsRetentionReports(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public Optional<Report> latest() {
        return PluginSettingsJson.read(settingsFactory, KEY, ReportJson.class, json -> new Report(
                LocalDate.parse(json.ranOn), json.due.stream().map(due -> new ClosedCase(due.caseKey,
                        LocalDate.parse(due.closedOn), due.reviewOn == null ? null : LocalDate.parse(due.reviewOn)))
                .toList(), json.total));
    }

    @Override
    public void save(Report report) {
        ReportJson json = new ReportJson();
        json.ranOn = report.ranOn().toString();
        json.total = report.total();
        for (ClosedCase closed : report.due()) {
            DueJson due = new DueJson();
            due.caseKey = closed.caseKey();
            due.closedOn = closed.closedOn().toString();
            due.reviewOn = closed.reviewOn() == null ? null : closed.reviewOn().toString();
            json.due.add(due);
        }
        PluginSettingsJson.write(settingsFactory, KEY, json);
    }

    /** The report as stored. */
    static final class ReportJson {
        public String ranOn;
        public int total;
        public List<DueJson> due = new ArrayList<>();
    }

    /** One closed case past its retention period. */
    static final class DueJson {
        public String caseKey;
        public String closedOn;
        public String reviewOn;
    }
}
