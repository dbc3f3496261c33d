package org.safeguarding.jira.nrm;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.LeadCasePage;
import org.safeguarding.jira.cases.LeadPages;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.sharing.AgencyLog;
import org.safeguarding.referral.NrmDraft;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Screening;

/**
 * The NRM-ready referral draft of one case ({@code /plugins/servlet/safeguarding/nrm-draft?case=SG-1}), printable,
 * for its safeguarding leads: what the case holds in the digital NRM form's order and what the form will ask that the
 * case does not hold yet. It prepares the referral; it submits nothing. Someone who may see the case but does not
 * lead it gets 403, anyone else 404; every draft is recorded in the case's access log like every export.
 */
@Named
public class NrmDraftServlet extends LeadCasePage {
    public static final String PATH = "/plugins/servlet/safeguarding/nrm-draft?case=";
    static final String TEMPLATE = "templates/nrm/draft.vm";
    static final String EXPORTED = "safeguarding.access.detail.nrm-draft";
    private static final long serialVersionUID = 1L;

    private final transient AgencyLog agencyLog;
    private final transient OrganisationSettings settings;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public NrmDraftServlet(LeadPages leadPages, AgencyLog agencyLog, OrganisationSettings settings, PageTemplates pages,
                           Texts texts, Clock clock) {
        super(leadPages, pages, Opening.EXPORT, EXPORTED);
        this.agencyLog = agencyLog;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        Screening screening = ScreeningAssembler.from(found.values());
        ReferralRecord referral = ScreeningAssembler.referralFrom(found.values());
        NrmDraft draft = NrmDraft.of(screening, Assessor.assess(screening, settings.organisation(), today),
                new NrmDraft.Recorded(found.key(), referral, found.values().text(CaseFields.SCREENING_NOTES),
                        agencyLog.forCase(found.key())), today);
        pages.render(TEMPLATE, PageResource.PRINT, NrmDraftPage.context(draft, found.key(),
                request.getContextPath() + "/browse/" + found.key(), found.values().text(CaseFields.FIRST_RESPONDER),
                referral, UkDates.dayAndTime(LocalDateTime.now(clock)), texts), response.getWriter());
    }
}
