package org.safeguarding.jira.nrm;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.cases.LeadPageFixture;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Question;

/** The NRM-ready draft page for a case's lead: in the form's order, recorded, escaped by real Velocity. */
public class NrmDraftServletTest {
    /** An adult in England who consented; the worker's account has markup in it; no date of birth yet. */
    private static final CaseRecord SG_1 = new CaseRecord("SG-1", "Concern at the car wash", "",
            new InMemoryCaseValues().with(CaseFields.AGE_GROUP, "adult").with(CaseFields.NATION, "england")
                    .with(CaseFields.CONSENT, "given").with(CaseFields.EXPLOITATION_TYPES, List.of("forced-labour"))
                    .with(CaseFields.questionKey(Question.OWES_MONEY), "yes")
                    .with(CaseFields.SCREENING_NOTES, "Boss <b>kept</b> her passport"),
            List.of());

    private final LeadPageFixture page = new LeadPageFixture("sg-1");
    private NrmDraftServlet servlet;

    @Before
    public void setUp() {
        when(page.request.getContextPath()).thenReturn("/jira");
        servlet = new NrmDraftServlet(page.leadPages(), new InMemoryAgencyLog(),
                InMemorySettings.of(new Organisation(true, false)), page.pages(), page.texts,
                Clock.fixed(Instant.parse("2026-12-01T09:15:00Z"), ZoneId.of("Europe/London")));
    }

    @Test
    public void doGet_shouldGiveTheCasesLeadTheDraftInTheFormsOrderAndRecordIt() throws Exception {
        when(page.records.forLead("sg-1")).thenReturn(Optional.of(SG_1));

        servlet.doGet(page.request, page.response);

        // Recorded under the key of the case Jira found, not as typed.
        assertThat(page.access.latest("SG-1", 5).get(0).kind(), is(AccessKind.EXPORTED));
        assertThat(page.access.latest("SG-1", 5).get(0).detail(), equalTo(NrmDraftServlet.EXPORTED));
        String html = page.html(NrmDraftServlet.TEMPLATE);
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.nrm.title", "SG-1")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.nrm.form.nrm-referral")));
        assertThat(html, containsString("Boss &lt;b&gt;kept&lt;/b&gt; her passport"));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.nrm.account")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.nrm.branch",
                VelocityTemplates.text("safeguarding.nrm.branch.adult"))));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.exploitation-type.forced-labour")));
        // What the form needs and the case lacks is listed first and linked to its question.
        // ... with the field to fill in, its tab, and a way to the case.
        String whereToRecord = VelocityTemplates.text("safeguarding.nrm.record-in.field",
                VelocityTemplates.text("safeguarding.field.date-of-birth.name"),
                VelocityTemplates.text("safeguarding.tab.person"));
        assertThat(html, containsString("<a href=\"#safeguarding-nrm-date-of-birth\">"
                + VelocityTemplates.text("safeguarding.nrm.line.date-of-birth") + "</a>: "
                + whereToRecord.replace("&", "&amp;")));
        assertThat(html, containsString("href=\"/jira/browse/SG-1\""));
        assertThat(html, not(containsString("<a href=\"#safeguarding-nrm-nation\">")));
        String[] sections = {"your-report", "potential-victim", "someone-else", "your-details"};
        for (int i = 1; i < sections.length; i++) {
            assertThat(html.indexOf("safeguarding-nrm-section-" + sections[i - 1] + "\""),
                    lessThan(html.indexOf("safeguarding-nrm-section-" + sections[i] + "\"")));
        }
    }

    /** Not a First Responder: the draft names the one the lead recorded on Refer, as the Refer rule asked (issue 29). */
    @Test
    public void doGet_shouldNameTheFirstResponderRecordedOnTheCaseWhenTheOrganisationIsNotOne() throws Exception {
        NrmDraftServlet charity = new NrmDraftServlet(page.leadPages(), new InMemoryAgencyLog(),
                InMemorySettings.of(new Organisation(false, false)), page.pages(), page.texts,
                Clock.fixed(Instant.parse("2026-12-01T09:15:00Z"), ZoneId.of("Europe/London")));
        when(page.records.forLead("sg-1")).thenReturn(Optional.of(new CaseRecord("SG-1", "Concern", "",
                new InMemoryCaseValues().with(CaseFields.AGE_GROUP, "adult").with(CaseFields.NATION, "england")
                        .with(CaseFields.CONSENT, "given").with(CaseFields.questionKey(Question.OWES_MONEY), "yes")
                        .with(CaseFields.FIRST_RESPONDER, "Salvation <Army>"), List.of())));

        charity.doGet(page.request, page.response);

        String html = page.html(NrmDraftServlet.TEMPLATE);
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.nrm.form.nrm-through-first-responder")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.nrm.first-responder", "Salvation <Army>")
                .replace("<", "&lt;").replace(">", "&gt;")));
    }
}
