package org.safeguarding.jira.chronology;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.safeguarding.jira.cases.PersonCases;
import org.safeguarding.jira.leads.LeadsToldRecords;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.sharing.AgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.Chronology;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.referral.Route;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Identified;

/**
 * A case's chronology ({@code /plugins/servlet/safeguarding/chronology?case=SG-1}), printable, for its safeguarding
 * leads and their multi-agency meetings: every workflow step with who took it and when (from the access log, which
 * records each one; the latest referral step with the routes and references the case records), the days the referral
 * set, when the person was last seen, each share with another agency, and each comment (the leads told, the danger
 * checks), oldest first, then what is coming up. The first row says the risk level when the concern was raised, and
 * the referral's row the person's consent or the decision made in their best interests. It says when it was produced, in which time zone, and by whom. An
 * export like the subject-access one: for the case's leads only, and recorded.
 */
@Named
public class ChronologyServlet extends LeadCasePage {
    public static final String PATH = "/plugins/servlet/safeguarding/chronology?case=";
    static final String TEMPLATE = "templates/chronology/chronology.vm";
    static final String EXPORTED = "safeguarding.access.detail.chronology";
    /** The days the referral sets, in the order they come about. */
    private static final List<String> DAYS = List.of(CaseFields.REFERRED_ON, CaseFields.REASONABLE_GROUNDS_DUE,
            CaseFields.RECOVERY_SUPPORT_DATE, CaseFields.NEXT_REVIEW);
    /** The i18n titles of the workflow's referral steps, whose names the access log records. */
    private static final List<String> REFERRALS = List.of("safeguarding.transition.refer",
            "safeguarding.transition.record-another-referral");
    private static final String PERSON = "person";
    private static final String YES = "yes";
    /** Added to a case's address ({@link #PATH}), asks for the person's chronology: the case's and the others'. */
    public static final String FOR_PERSON = "&" + PERSON + "=" + YES;
    /** The workflow's first step, as its XML names it: the concern raised. */
    private static final String CREATE = "Create";
    private static final long serialVersionUID = 1L;

    private final transient AccessLog accessLog;
    private final transient AgencyLog agencyLog;
    private final transient LeadsToldRecords told;
    private final transient PersonCases person;
    private final transient UserNames names;
    private final transient CurrentUser viewer;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public ChronologyServlet(LeadPages leadPages, AccessLog accessLog, AgencyLog agencyLog, LeadsToldRecords told,
                             PersonCases person, UserNames names, CurrentUser viewer, PageTemplates pages, Texts texts,
                             Clock clock) {
        super(leadPages, pages, Opening.EXPORT, EXPORTED);
        this.accessLog = accessLog;
        this.agencyLog = agencyLog;
        this.told = told;
        this.person = person;
        this.names = names;
        this.viewer = viewer;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The case's chronology; with {@code &person=yes}, the person's: the other concerns about the same person (the same
     * person reference) that the lead leads too, in one timeline, each entry saying its case.
     */
    @Override
    protected void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<CaseRecord> others = YES.equals(request.getParameter(PERSON))
                ? person.otherCasesLed(found, EXPORTED) : List.of();
        List<Chronology.Entry> entries = new ArrayList<>(entries(found, !others.isEmpty()));
        others.forEach(other -> entries.addAll(entries(other, true)));
        Chronology chronology = Chronology.of(entries, LocalDateTime.now(clock));
        List<Map<String, String>> happened = shown(chronology.happened());
        List<Map<String, String>> comingUp = shown(chronology.comingUp());
        String title = others.isEmpty() ? texts.text("safeguarding.chronology.title", found.key())
                : texts.text("safeguarding.chronology.person.title", Stream.concat(Stream.of(found), others.stream())
                        .map(CaseRecord::key).collect(Collectors.joining(", ")));
        pages.render(TEMPLATE, PageResource.PRINT, Map.of("title", title,
                "summary", Objects.toString(found.summary(), ""),
                "produced", texts.text("safeguarding.chronology.produced", UkDates.dayAndTime(LocalDateTime.now(clock)),
                        clock.getZone().getId(), viewer.key().map(names::displayName).orElse("")),
                "entries", happened, "hasEntries", !happened.isEmpty(),
                "comingUp", comingUp, "hasComingUp", !comingUp.isEmpty()), response.getWriter());
    }

    private List<Map<String, String>> shown(List<Chronology.Entry> entries) {
        return entries.stream().map(entry -> Map.of(
                "when", entry.dayOnly() ? UkDates.day(entry.when().toLocalDate()) : UkDates.dayAndTime(entry.when()),
                "kind", texts.text(entry.kind().labelKey()), "who", entry.who(), "what", entry.what())).toList();
    }

    /** @param saysCase whether each entry says its case first, as the person's chronology of several does */
    private List<Chronology.Entry> entries(CaseRecord found, boolean saysCase) {
        List<Chronology.Entry> entries = entries(found);
        return !saysCase ? entries : entries.stream().map(entry -> new Chronology.Entry(entry.when(), entry.dayOnly(),
                entry.kind(), entry.who(), texts.text("safeguarding.chronology.person.what", found.key(),
                entry.what()))).toList();
    }

    private List<Chronology.Entry> entries(CaseRecord found) {
        ZoneId zone = clock.getZone();
        List<Chronology.Entry> entries = new ArrayList<>();
        CaseValues values = found.values();
        List<CaseAccess> steps = accessLog.ofKind(found.key(), AccessKind.TRANSITIONED);
        Optional<CaseAccess> lastReferral = steps.stream().filter(this::referral).reduce((first, second) -> second);
        String raised = raised(found.key());
        steps.forEach(step -> entries.add(new Chronology.Entry(LocalDateTime.ofInstant(step.at(), zone), false,
                Chronology.Kind.STEP, names.displayName(step.userKey()), lastReferral.filter(step::equals).isPresent()
                        ? referred(step, values) : step.detail().equals(CREATE) ? raised
                        : texts.text("safeguarding.chronology.step", step.detail()))));
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
        return entries;
    }

    /** The concern raised, with the risk level the leads' first telling recorded then, where it did. */
    private String raised(String caseKey) {
        return told.first(caseKey).filter(telling -> telling.alert() == LeadAlert.CONCERN_RAISED)
                .flatMap(LeadsTold::risk).map(risk -> texts.text("safeguarding.chronology.raised.risk",
                        texts.text(risk.labelKey()))).orElse(texts.text("safeguarding.chronology.raised"));
    }

    /** A referral step of the app's workflow, by the name it gives its Refer and Record another referral. */
    private boolean referral(CaseAccess step) {
        return REFERRALS.stream().map(texts::text).anyMatch(step.detail()::equals);
    }

    /** The latest referral step, with the routes, reference and First Responder the case records by now. */
    private String referred(CaseAccess step, CaseValues values) {
        String routes = values.options(CaseFields.REFERRAL_ROUTES).stream()
                .map(id -> Identified.byId(Route.class, id).map(route -> texts.text(route.labelKey())).orElse(id))
                .collect(Collectors.joining(", "));
        StringBuilder said = new StringBuilder(texts.text("safeguarding.chronology.referred", step.detail(),
                routes.isEmpty() ? texts.text("safeguarding.missing-summary.not-recorded") : routes));
        values.text(CaseFields.REFERRAL_REFERENCE).filter(reference -> !reference.isBlank()).ifPresent(reference ->
                said.append(' ').append(texts.text("safeguarding.chronology.referred.reference", reference)));
        values.text(CaseFields.FIRST_RESPONDER).filter(named -> !named.isBlank()).ifPresent(named ->
                said.append(' ').append(texts.text("safeguarding.chronology.referred.first-responder", named)));
        values.option(CaseFields.CONSENT).flatMap(id -> Identified.byId(Consent.class, id)).ifPresent(consent ->
                said.append(' ').append(texts.text("safeguarding.chronology.referred.consent",
                        texts.text(consent.labelKey()))));
        values.text(CaseFields.BEST_INTERESTS).filter(decision -> !decision.isBlank()).ifPresent(decision ->
                said.append(' ').append(texts.text("safeguarding.chronology.referred.best-interests", decision)));
        return said.toString();
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
