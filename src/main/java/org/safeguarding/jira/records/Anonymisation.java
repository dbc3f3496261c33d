package org.safeguarding.jira.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.connections.CaseMarkers;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.sharing.AgencyLog;

/**
 * Anonymising a case: never automatic, only for the case's safeguarding leads, only once it is closed (an open case
 * still needs the person's details to keep them safe). Who did it and when goes in the access log, which keeps no
 * personal details of the person, and the case leaves the retention report. The case's agency and sharing log keeps
 * whom it shared with, when and on which basis, without what it says about the person.
 */
@Named
public class Anonymisation {
    /** Whether the current user may anonymise a case, or why not. */
    public enum Standing {
        MAY_ANONYMISE,
        /** The case does not exist, is not a safeguarding concern, or the user may not see it: all answered alike. */
        NOT_VISIBLE,
        LEADS_ONLY,
        STILL_OPEN,
        /** Closed, but with sub-tasks that can hold the person's details too: those are dealt with first. */
        HAS_SUB_TASKS
    }

    private final CaseLeads leads;
    private final Cases cases;
    private final CaseAnonymiser anonymiser;
    private final AccessRecorder access;
    private final ClosedCases closedCases;
    private final AgencyLog agencyLog;
    private final CaseMarkers markers;
    private final CurrentUser currentUser;
    private final UserNames names;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public Anonymisation(CaseLeads leads, Cases cases, CaseAnonymiser anonymiser, AccessRecorder access,
                         ClosedCases closedCases, AgencyLog agencyLog, CaseMarkers markers, CurrentUser currentUser,
                         UserNames names, Texts texts, Clock clock) {
        this.leads = leads;
        this.cases = cases;
        this.anonymiser = anonymiser;
        this.access = access;
        this.closedCases = closedCases;
        this.agencyLog = agencyLog;
        this.markers = markers;
        this.currentUser = currentUser;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The key of the case Jira finds by the key as typed (which may be the old key of a moved case), when the
     * current user may see it. Everything after is asked and done with this key, so that the anonymising is logged,
     * and the case leaves the retention report, under the case's own key.
     */
    public Optional<String> caseKey(String typedKey) {
        return cases.visibleCaseKey(typedKey);
    }

    /** @param issueKey the case's own key, from {@link #caseKey} */
    public Standing standing(String issueKey) {
        if (!leads.leads(issueKey)) {
            return cases.isVisibleCase(issueKey) ? Standing.LEADS_ONLY : Standing.NOT_VISIBLE;
        }
        if (!anonymiser.isClosed(issueKey)) {
            return Standing.STILL_OPEN;
        }
        return anonymiser.subTaskKeys(issueKey).isEmpty() ? Standing.MAY_ANONYMISE : Standing.HAS_SUB_TASKS;
    }

    /**
     * The case's retention review date while it is still ahead: the organisation meant to keep the record until then,
     * so anonymising it sooner is confirmed as such.
     *
     * @param issueKey the case's own key, from {@link #caseKey}
     */
    public Optional<LocalDate> reviewAhead(String issueKey) {
        CaseLookup found = cases.find(issueKey);
        return found.status() != CaseLookup.Status.FOUND ? Optional.empty()
                : found.referral().retentionReview().filter(review -> review.isAfter(LocalDate.now(clock)));
    }

    /**
     * Why the current user cannot anonymise the case now, in words they can act on; empty when they can. A case they
     * may not see is answered as one that does not exist.
     */
    public Optional<String> refusal(String issueKey, Standing standing) {
        return switch (standing) {
            case MAY_ANONYMISE -> Optional.empty();
            case STILL_OPEN -> Optional.of(texts.text("safeguarding.error.anonymise-open"));
            case LEADS_ONLY -> Optional.of(texts.text("safeguarding.error.anonymise-leads-only"));
            case HAS_SUB_TASKS -> Optional.of(texts.text("safeguarding.error.anonymise-sub-tasks",
                    String.join(", ", anonymiser.subTaskKeys(issueKey))));
            case NOT_VISIBLE -> Optional.of(texts.text("safeguarding.error.case-not-visible"));
        };
    }

    /**
     * Anonymises the case when the current user may; answers the standing it found either way.
     *
     * @param issueKey the case's own key, from {@link #caseKey}
     */
    public Standing anonymise(String issueKey) throws CaseAnonymiser.Unfinished {
        Standing standing = standing(issueKey);
        if (standing == Standing.MAY_ANONYMISE) {
            String who = names.displayName(currentUser.key().orElseThrow());
            anonymiser.anonymise(issueKey, new CaseAnonymiser.Markers(texts.text("safeguarding.anonymise.marker"),
                    texts.text("safeguarding.anonymise.marker.summary"),
                    texts.text("safeguarding.anonymise.marker.description", UkDates.day(LocalDate.now(clock)), who)));
            agencyLog.anonymise(issueKey, texts.text("safeguarding.anonymise.marker"));
            // Markers are about other people and would tie the anonymised case to them: none is kept.
            markers.removeCase(issueKey);
            access.anonymised(issueKey);
            closedCases.anonymised(issueKey);
        }
        return standing;
    }
}
