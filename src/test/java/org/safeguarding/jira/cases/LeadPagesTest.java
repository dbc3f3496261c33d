package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.referral.AccessKind;

/** A page of a whole case: its leads only, every opening recorded under the key of the case Jira found. */
public class LeadPagesTest {
    private static final String DETAIL = "safeguarding.access.detail.subject-access";
    private static final CaseRecord SG_1 = new CaseRecord("SG-1", "Concern", "", new InMemoryCaseValues(), List.of());

    private final LeadPageFixture page = new LeadPageFixture("sg-1");
    private final CaseRecords records = page.records;
    private final HttpServletRequest request = page.request;
    private final HttpServletResponse response = page.response;
    private final InMemoryAccessLog log = page.access;
    private final LeadPages exports = page.leadPages();

    /** Jira finds a case by a lower-case or old key: the export is logged under the key it found (issue 14). */
    @Test
    public void export_shouldRecordTheExportUnderTheKeyOfTheCaseFoundNotAsTyped() throws Exception {
        when(records.forLead("sg-1")).thenReturn(Optional.of(SG_1));

        Optional<CaseRecord> opened = exports.export(request, response, DETAIL);

        assertThat(opened, is(Optional.of(SG_1)));
        assertThat(log.latest("SG-1", 5).get(0).kind(), is(AccessKind.EXPORTED));
        assertThat(log.latest("SG-1", 5).get(0).detail(), equalTo(DETAIL));
        assertThat(log.latest("sg-1", 5).isEmpty(), is(true));
    }

    @Test
    public void view_shouldRecordAPageThatShowsPartOfTheCaseAsViewed() throws Exception {
        when(records.forLead("sg-1")).thenReturn(Optional.of(SG_1));

        assertThat(exports.view(request, response, "safeguarding.access.detail.agency-log"), is(Optional.of(SG_1)));

        assertThat(log.latest("SG-1", 5).get(0).kind(), is(AccessKind.VIEWED));
        assertThat(log.latest("SG-1", 5).get(0).detail(), equalTo("safeguarding.access.detail.agency-log"));
    }

    @Test
    public void export_shouldRefuseSomeoneWhoSeesTheCaseButDoesNotLeadItAndRecordNothing() throws Exception {
        when(records.forLead("sg-1")).thenReturn(Optional.empty());
        when(page.cases.isVisibleCase("sg-1")).thenReturn(true);

        assertThat(exports.export(request, response, DETAIL), is(Optional.empty()));

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN,
                VelocityTemplates.text("safeguarding.error.leads-only"));
        assertThat(log.latest("SG-1", 5).isEmpty(), is(true));
    }

    @Test
    public void export_shouldAnswerACaseSomeoneMayNotSeeAsOneThatDoesNotExist() throws Exception {
        when(records.forLead("sg-1")).thenReturn(Optional.empty());

        assertThat(exports.export(request, response, DETAIL), is(Optional.empty()));

        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        verify(response, never()).setHeader(anyString(), anyString());
    }

    @Test
    public void export_shouldAskWhichCaseWhenNoneIsGiven() throws Exception {
        when(request.getParameter("case")).thenReturn(" ");

        assertThat(exports.export(request, response, DETAIL), is(Optional.empty()));

        verify(response).sendError(HttpServletResponse.SC_BAD_REQUEST,
                VelocityTemplates.text("safeguarding.error.which-case"));
        verify(records, never()).forLead(anyString());
    }
}
