package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.cases.LeadPageFixture;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Organisation;

public class SubjectAccessServletTest {
    private static final CaseRecord SG_1 = new CaseRecord("SG-1", "Concern <at> the shelter", "Met <b>twice</b>",
            new InMemoryCaseValues().with(CaseFields.HEIGHT, "1.60 m\nslim").with(CaseFields.AGE_GROUP, "adult"),
            List.of(new CaseRecord.Note("Ann <Worker>", LocalDateTime.of(2026, 11, 28, 17, 5), "Passport kept\nby boss")));

    private final LeadPageFixture page = new LeadPageFixture("SG-1");
    private final InMemoryAgencyLog agencyLog = new InMemoryAgencyLog();
    private SubjectAccessServlet servlet;

    @Before
    public void setUp() {
        servlet = new SubjectAccessServlet(page.leadPages(), agencyLog, key -> "Sam Lead", page.pages(),
                () -> new Organisation(false, false), page.texts,
                Clock.fixed(Instant.parse("2026-11-29T09:15:00Z"), ZoneId.of("Europe/London")));
    }

    @Test
    public void doGet_shouldGiveTheCasesLeadEveryRecordedValueAndRecordTheExport() throws Exception {
        when(page.records.forLead("SG-1")).thenReturn(Optional.of(SG_1));
        agencyLog.append("SG-1", "lead", Instant.parse("2026-11-29T09:00:00Z"), new AgencyShare(Agency.GUARDIAN,
                null, LocalDate.of(2026, 11, 28), SharingChannel.MEETING, "Her <plan>", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, true, null, "ICTG-9", Optional.empty()));

        servlet.doGet(page.request, page.response);

        Map<String, Object> context = page.context(SubjectAccessServlet.TEMPLATE);
        assertThat("the page requires its styles and scripts before it renders", page.pageBuilder.drain(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources"));
        assertThat(context.get("caseKey"), equalTo("SG-1"));
        assertThat(context.get("produced"), equalTo("29 Nov 2026, 09:15:00"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> rows = (List<Map<String, String>>) context.get("rows");
        assertThat(rows.get(0), equalTo(Map.of("tab", "Person & description", "field", "Age group", "value", "18 or over")));
        assertThat(page.access.latest("SG-1", 5).get(0).kind(), is(AccessKind.EXPORTED));
        // What the app concluded about them is in it too, with why (issue 30).
        assertThat(context.get("risk"), equalTo(VelocityTemplates.text("safeguarding.risk.not-enough-information")));
        assertThat(((List<?>) context.get("riskReasons")).isEmpty(), is(false));
        assertThat(page.html(SubjectAccessServlet.TEMPLATE), containsString(VelocityTemplates.text(
                "safeguarding.subject-access.risk-level") + ": <strong>" + context.get("risk") + "</strong>"));

        String html = page.html(SubjectAccessServlet.TEMPLATE);
        assertThat(html.contains("Concern &lt;at&gt; the shelter"), is(true));
        assertThat(html.contains("<td class=\"safeguarding-keep-lines\">1.60 m\nslim</td>"), is(true));
        assertThat(html.contains(VelocityTemplates.text("safeguarding.subject-access.check")), is(true));
        assertThat(html.contains("Met &lt;b&gt;twice&lt;/b&gt;"), is(true));
        assertThat(html.contains("<td>Ann &lt;Worker&gt;</td>"), is(true));
        assertThat(html.contains("<td>28 Nov 2026, 17:05:00</td>"), is(true));
        assertThat(html.contains("<td class=\"safeguarding-keep-lines\">Passport kept\nby boss</td>"), is(true));
        assertThat(html.contains("<p class=\"safeguarding-keep-lines\">Her &lt;plan&gt;</p>"), is(true));
        assertThat(html.contains(VelocityTemplates.text("safeguarding.sharing.field.theirReference") + ": ICTG-9"),
                is(true));
    }

    /** What was never written is left out, not printed as an empty line the person might read as removed. */
    @Test
    public void doGet_shouldLeaveOutADescriptionNobodyWrote() throws Exception {
        when(page.records.forLead("SG-1")).thenReturn(Optional.of(new CaseRecord("SG-1", "Concern", null,
                new InMemoryCaseValues(), List.of())));

        servlet.doGet(page.request, page.response);

        assertThat(page.html(SubjectAccessServlet.TEMPLATE).contains(VelocityTemplates.text(
                "safeguarding.subject-access.description")), is(false));
        assertThat(page.html(SubjectAccessServlet.TEMPLATE).contains(VelocityTemplates.text(
                "safeguarding.subject-access.summary")), is(true));
    }
}
