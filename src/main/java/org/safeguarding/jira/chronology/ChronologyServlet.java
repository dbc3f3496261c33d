package org.safeguarding.jira.chronology;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.LeadCasePage;
import org.safeguarding.jira.cases.LeadPages;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.sharing.AgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.Chronology;

/**
 * A case's chronology ({@code /plugins/servlet/safeguarding/chronology?case=SG-1}), printable, for its safeguarding
 * leads and their multi-agency meetings: every workflow step with who took it and when (from the access log, which
 * records each one), the days the referral set, when the person was last seen, each share with another agency, and
 * each comment, oldest first. An export like the subject-access one: for the case's leads only, and recorded.
 */
@Named
public class ChronologyServlet extends LeadCasePage {
    public static final String PATH = "/plugins/servlet/safeguarding/chronology?case=";
    static final String TEMPLATE = "templates/chronology/chronology.vm";
    static final String EXPORTED = "safeguarding.access.detail.chronology";
    /** The days the referral sets, in the order they come about. */
    private static final List<String> DAYS = List.of(CaseFields.REFERRED_ON, CaseFields.REASONABLE_GROUNDS_DUE,
            CaseFields.RECOVERY_SUPPORT_DATE, CaseFields.NEXT_REVIEW);
    private static final long serialVersionUID = 1L;

    private final transient AccessLog accessLog;
    private final transient AgencyLog agencyLog;
    private final transient UserNames names;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public ChronologyServlet(LeadPages leadPages, AccessLog accessLog, AgencyLog agencyLog, UserNames names,
                             PageTemplates pages, Texts texts, Clock clock) {
        super(leadPages, pages, Opening.EXPORT, EXPORTED);
        this.accessLog = accessLog;
        this.agencyLog = agencyLog;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<Map<String, String>> entries = chronology(found).entries().stream().map(entry -> Map.of(
                "when", entry.dayOnly() ? UkDates.day(entry.when().toLocalDate()) : UkDates.dayAndTime(entry.when()),
                "kind", texts.text(entry.kind().labelKey()), "who", entry.who(), "what", entry.what())).toList();
        pages.render(TEMPLATE, PageResource.PRINT, Map.of("caseKey", found.key(),
                "summary", Objects.toString(found.summary(), ""),
                "produced", UkDates.dayAndTime(LocalDateTime.now(clock)),
                "entries", entries, "hasEntries", !entries.isEmpty()), response.getWriter());
    }

    private Chronology chronology(CaseRecord found) {
        ZoneId zone = clock.getZone();
        List<Chronology.Entry> entries = new ArrayList<>();
        accessLog.ofKind(found.key(), AccessKind.TRANSITIONED).forEach(step -> entries.add(new Chronology.Entry(
                LocalDateTime.ofInstant(step.at(), zone), false, Chronology.Kind.STEP,
                names.displayName(step.userKey()), texts.text("safeguarding.chronology.step", step.detail()))));
        CaseValues values = found.values();
        for (String day : DAYS) {
            values.date(day).ifPresent(date -> entries.add(new Chronology.Entry(date.atStartOfDay(), true,
                    Chronology.Kind.DAY, "", texts.text(CaseFields.byKey(day).orElseThrow().nameKey()))));
        }
        values.dateTime(CaseFields.LAST_SEEN_WHEN).ifPresent(seen -> entries.add(new Chronology.Entry(seen, false,
                Chronology.Kind.LAST_SEEN, "", texts.text("safeguarding.chronology.last-seen",
                        values.text(CaseFields.LAST_SEEN_WHERE).filter(where -> !where.isBlank())
                                .orElse(texts.text("safeguarding.missing-summary.not-recorded"))))));
        List<AgencyShare.Recorded> shares = agencyLog.forCase(found.key());
        Set<Long> corrected = AgencyShare.corrected(shares);
        shares.forEach(entry -> entries.add(new Chronology.Entry(entry.share().sharedOn().atStartOfDay(), true,
                Chronology.Kind.SHARED, names.displayName(entry.recordedBy()),
                shared(entry, corrected.contains(entry.id())))));
        found.notes().forEach(note -> entries.add(new Chronology.Entry(note.written(), false,
                Chronology.Kind.COMMENT, Objects.toString(note.author(), ""), Objects.toString(note.text(), ""))));
        return new Chronology(entries);
    }

    /** "Entry 1: shared with Police: Greater Manchester Police, reference CAD 4411 (Phone), without consent: …". */
    private String shared(AgencyShare.Recorded entry, boolean corrected) {
        AgencyShare share = entry.share();
        String named = texts.text(share.agency().labelKey()) + (share.agencyName() == null
                || share.agencyName().isBlank() ? "" : ": " + share.agencyName());
        String agency = share.theirReference() == null || share.theirReference().isBlank() ? named
                : texts.text("safeguarding.chronology.shared.reference", named, share.theirReference());
        String said = !share.isShared() ? texts.text("safeguarding.chronology.not-shared", String.valueOf(entry.id()),
                agency, share.whatShared(), share.decision().map(ShareDecision::notSharedBecause).orElse(""))
                : texts.text(share.withConsent() ? "safeguarding.chronology.shared.with-consent"
                : "safeguarding.chronology.shared.without-consent", String.valueOf(entry.id()), agency,
                texts.text(share.channel().labelKey()), share.whatShared());
        return corrected ? said + " " + texts.text("safeguarding.chronology.shared.corrected") : said;
    }
}
