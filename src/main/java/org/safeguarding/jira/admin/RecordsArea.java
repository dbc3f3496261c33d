package org.safeguarding.jira.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.accesslog.AccessLogExportServlet;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.records.RetentionReports;

/** The access log's export and the latest retention report: when it ran and each closed case due for review. */
@Named
public class RecordsArea implements AdminArea {
    private final SettingsStore settings;
    private final RetentionReports retention;

    @Inject
    public RecordsArea(SettingsStore settings, RetentionReports retention) {
        this.settings = settings;
        this.retention = retention;
    }

    @Override
    public String id() {
        return "records";
    }

    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        return Map.of("accessLogUrl", request.getContextPath() + AccessLogExportServlet.PATH,
                "retention", retentionReport(settings.read().retentionYears(), request.getContextPath()));
    }

    /** The latest retention report: when it ran ("" if never) and each case due, linked to its issue. */
    private Map<String, Object> retentionReport(Integer retentionYears, String contextPath) {
        Optional<RetentionReports.Report> latest = retention.latest();
        List<Map<String, Object>> due = latest.map(report -> report.due().stream().map(closed -> Map.<String, Object>of(
                "key", closed.caseKey(), "url", contextPath + "/browse/" + closed.caseKey(),
                "closedOn", UkDates.day(closed.closedOn()),
                "dueOn", closed.dueOn(retentionYears).map(UkDates::day).orElse(""))).toList()).orElse(List.of());
        int total = latest.map(RetentionReports.Report::total).orElse(0);
        return Map.of("ranOn", latest.map(report -> UkDates.day(report.ranOn())).orElse(""), "due", due,
                "hasDue", !due.isEmpty(), "total", total, "more", total > due.size(),
                "listed", RetentionReports.LISTED);
    }
}
