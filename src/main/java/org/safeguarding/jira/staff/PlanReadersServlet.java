package org.safeguarding.jira.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SpreadsheetSafe;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.PlanReadership;

/**
 * Who has read the safeguarding plan ({@code /plugins/servlet/safeguarding/plan-readers}): each member of the group
 * of staff who raise concerns (the settings name it), whether they have read the current version, and when they last
 * read one; with {@code ?format=csv}, the same as CSV. Staff data: for the leads and the admins only, who also read
 * the figures; anyone else gets 403.
 */
@Named
public class PlanReadersServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/plan-readers";
    static final String TEMPLATE = "templates/staff/plan-readers.vm";
    private static final String PLAN_PAGE = "/plugins/servlet/safeguarding/plan";
    static final String[] HEADER = {"Name", "User key", "Read the current version", "Last read on"};
    private static final long serialVersionUID = 1L;

    private final transient StaffPageGate gate;
    private final transient StaffReadiness staff;
    private final transient PlanStore store;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public PlanReadersServlet(StaffPageGate gate, StaffReadiness staff, PlanStore store, PageTemplates pages,
                              Texts texts, Clock clock) {
        this.gate = gate;
        this.staff = staff;
        this.store = store;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.passes(this, TEMPLATE, PageResource.PRINT, request, response)) {
            return;
        }
        Optional<PlanStore.Saved> saved = store.read();
        StaffReadiness.Standing standing = staff.now(LocalDate.now(clock));
        String staffGroup = standing.staffGroup().orElse("");
        PlanReadership readership = standing.planReadership().orElse(new PlanReadership(List.of()));
        if ("csv".equals(request.getParameter("format"))) {
            csv(readership, response);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.PRINT, Map.of("refused", false,
                "written", saved.isPresent(),
                "changedOn", saved.map(plan -> UkDates.day(plan.on())).orElse(""),
                "staffGroup", staffGroup,
                "summary", readership.percentRead().map(percent -> texts.text("safeguarding.plan.readers.summary",
                        String.valueOf(readership.readCurrent()), String.valueOf(readership.rows().size()),
                        String.valueOf(percent))).orElse(""),
                "rows", readership.rows().stream().map(row -> Map.of("name", row.person().name(),
                        "status", texts.text(statusKey(row.status())),
                        "read", row.status() == PlanReadership.Status.READ,
                        "on", row.readOn().map(UkDates::day).orElse(""))).toList(),
                "csvUrl", request.getContextPath() + PATH + "?format=csv",
                "settingsUrl", request.getContextPath() + "/plugins/servlet/safeguarding/admin/settings",
                "planUrl", request.getContextPath() + PLAN_PAGE), response.getWriter());
    }

    private void csv(PlanReadership readership, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"safeguarding-plan-readers-"
                + LocalDate.now(clock) + ".csv\"");
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).build().print(response.getWriter());
        for (PlanReadership.Row row : readership.rows()) {
            csv.printRecord(SpreadsheetSafe.cells(row.person().name(), row.person().key(),
                    row.status() == PlanReadership.Status.READ ? "yes" : "no",
                    row.readOn().map(LocalDate::toString).orElse("")));
        }
        csv.flush();
    }

    private static String statusKey(PlanReadership.Status status) {
        return "safeguarding.plan.readers.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
