package org.safeguarding.jira.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.StaffTraining;
import org.safeguarding.referral.TrainingCourse;

/**
 * Staff training ({@code /plugins/servlet/safeguarding/training}): who of the group of staff who raise concerns has
 * been trained, whose refresher is due or overdue (the settings' period), and a form to record a course, which
 * {@link TrainingResource} checks again. Staff data: for the leads and the admins only; anyone else gets 403.
 */
@Named
public class TrainingServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/training";
    static final String TEMPLATE = "templates/staff/training.vm";
    private static final long serialVersionUID = 1L;

    private final transient StaffPageGate gate;
    private final transient StaffReadiness staff;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public TrainingServlet(StaffPageGate gate, StaffReadiness staff, PageTemplates pages, Texts texts, Clock clock) {
        this.gate = gate;
        this.staff = staff;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.passes(this, TEMPLATE, PageResource.STAFF, request, response)) {
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        LocalDate today = LocalDate.now(clock);
        StaffReadiness.Standing standing = staff.now(today);
        Integer refresherMonths = standing.refresherMonths();
        String staffGroup = standing.staffGroup().orElse("");
        StaffTraining training = standing.training();
        String root = request.getContextPath();
        Map<String, Object> page = new HashMap<>();
        page.put("refused", false);
        page.put("staffGroup", staffGroup);
        page.put("summary", training.percentUpToDate().map(percent -> texts.text("safeguarding.training.summary",
                String.valueOf(training.upToDate()), String.valueOf(training.rows().size()), String.valueOf(percent)))
                .orElse(""));
        page.put("refresher", refresherMonths == null ? texts.text("safeguarding.training.no-refresher")
                : texts.text("safeguarding.training.refresher", String.valueOf(refresherMonths)));
        page.put("rows", training.rows().stream().map(this::row).toList());
        page.put("people", standing.staff().stream().map(person -> Map.of("key", person.key(), "name", person.name()))
                .toList());
        page.put("courses", Arrays.stream(TrainingCourse.values()).map(course -> Map.of("id", course.id(),
                "label", texts.text(course.labelKey()))).toList());
        page.put("today", today.toString());
        page.put("recorded", request.getParameter("recorded") != null);
        page.put("restUrl", root + "/rest/safeguarding/1.0/training");
        page.put("pageUrl", root + PATH);
        page.put("settingsUrl", root + "/plugins/servlet/safeguarding/admin/settings");
        pages.render(TEMPLATE, PageResource.STAFF, page, response.getWriter());
    }

    private Map<String, Object> row(StaffTraining.Row row) {
        return Map.of("name", row.person().name(),
                "status", texts.text("safeguarding.training.status." + row.status().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')),
                "due", row.status().due(),
                "course", row.latest().map(latest -> texts.text(latest.course().labelKey())).orElse(""),
                "on", row.latest().map(latest -> UkDates.day(latest.on())).orElse(""),
                "dueOn", row.dueOn().map(UkDates::day).orElse(""));
    }
}
