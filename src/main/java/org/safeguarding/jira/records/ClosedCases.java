package org.safeguarding.jira.records;

import java.time.LocalDate;
import java.util.List;
import org.safeguarding.referral.ClosedCase;

/** The cases closed through the referral workflow and not reopened since, for the retention report. */
public interface ClosedCases {
    void closed(String caseKey, LocalDate closedOn, LocalDate reviewOn);

    void reopened(String caseKey);

    /** An anonymised case holds no personal details, so no decision on keeping it is due: it leaves the list. */
    void anonymised(String caseKey);

    /** Every case closed and not reopened, oldest closure first. */
    List<ClosedCase> all();
}
