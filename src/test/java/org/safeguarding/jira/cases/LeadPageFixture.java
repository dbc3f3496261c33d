package org.safeguarding.jira.cases;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.safeguarding.jira.platform.PageFixture;
import org.safeguarding.jira.platform.UkClock;

/**
 * A page of a whole case for its leads, as its tests need it: the lead logged in asking for a case by the key typed
 * ({@code ?case=…}), the case's record from {@link #records} (a mock the test answers), every opening recorded in
 * {@link #access}, and the page rendered by real Velocity from what the servlet gave Jira's renderer.
 */
public final class LeadPageFixture extends PageFixture {
    public final CaseRecords records = mock(CaseRecords.class);
    public final Cases cases = mock(Cases.class);

    public LeadPageFixture(String typedKey) {
        super("lead");
        when(request.getParameter("case")).thenReturn(typedKey);
    }

    public LeadPages leadPages() {
        return new LeadPages(userManager, loginUriProvider, records, cases, recorder(new UkClock()), texts);
    }
}
