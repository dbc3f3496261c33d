package org.safeguarding.jira.sharing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Identified;

/** Each case's agency and sharing log in Active Objects: rows created and read; only anonymising changes them. */
@Named
public class AoAgencyLog implements AgencyLog {
    /** What the DECISION column holds for a decision not to share, and what its channel, basis and condition hold. */
    static final String NOT_SHARED = "not-shared";
    private static final String SHARED = "shared";

    private final ActiveObjects ao;

    @Inject
    public AoAgencyLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<AgencyShare.Recorded> forCase(String caseKey) {
        return Arrays.stream(rows(caseKey)).map(AoAgencyLog::recorded).toList();
    }

    @Override
    public AgencyShare.Recorded append(String caseKey, String recordedBy, Instant at, AgencyShare share) {
        Map<String, Object> row = new HashMap<>(Map.of("CASE_KEY", caseKey, "RECORDED_BY", recordedBy,
                "RECORDED_AT", at.toString(), "AGENCY", share.agency().id(), "SHARED_ON", share.sharedOn().toString(),
                "CHANNEL", idOrNotShared(share.channel()), "WHAT_SHARED", share.whatShared(),
                "LAWFUL_BASIS", idOrNotShared(share.basis()), "SPECIAL_CONDITION", idOrNotShared(share.condition()),
                "WITH_CONSENT", share.withConsent()));
        Optional.ofNullable(share.agencyName()).ifPresent(name -> row.put("AGENCY_NAME", name));
        Optional.ofNullable(share.withoutConsentBecause()).ifPresent(why -> row.put("WITHOUT_CONSENT_BECAUSE", why));
        Optional.ofNullable(share.theirReference()).ifPresent(reference -> row.put("THEIR_REFERENCE", reference));
        share.corrects().ifPresent(corrected -> row.put("CORRECTS", corrected));
        share.decision().ifPresent(decision -> {
            row.put("DECISION", decision.shared() ? SHARED : NOT_SHARED);
            row.put("PURPOSE", decision.purpose());
            row.put("DECIDED_BY", decision.decidedBy());
            row.put("PERSON_TOLD", decision.personTold());
            row.put("URGENT", decision.urgent());
            Optional.ofNullable(decision.notToldBecause()).ifPresent(why -> row.put("NOT_TOLD_BECAUSE", why));
            Optional.ofNullable(decision.notSharedBecause()).ifPresent(why -> row.put("NOT_SHARED_BECAUSE", why));
            Optional.ofNullable(decision.agreementReference()).ifPresent(ref -> row.put("AGREEMENT_REFERENCE", ref));
            decision.criminalCondition().ifPresent(condition -> row.put("CRIMINAL_CONDITION", condition.id()));
        });
        return recorded(ao.executeInTransaction(() -> ao.create(AgencyShareEntity.class, row)));
    }

    @Override
    public void anonymise(String caseKey, String marker) {
        ao.executeInTransaction(() -> {
            for (AgencyShareEntity row : rows(caseKey)) {
                AgencyShare anonymised = recorded(row).share().anonymised(marker);
                row.setWhatShared(anonymised.whatShared());
                row.setWithoutConsentBecause(anonymised.withoutConsentBecause());
                row.setTheirReference(anonymised.theirReference());
                anonymised.decision().ifPresent(decision -> {
                    row.setPurpose(decision.purpose());
                    row.setNotToldBecause(decision.notToldBecause());
                    row.setNotSharedBecause(decision.notSharedBecause());
                });
                row.save();
            }
            return null;
        });
    }

    private AgencyShareEntity[] rows(String caseKey) {
        return ao.find(AgencyShareEntity.class, Query.select().where("CASE_KEY = ?", caseKey).order("ID"));
    }

    private static AgencyShare.Recorded recorded(AgencyShareEntity row) {
        return new AgencyShare.Recorded(row.getID(), row.getCaseKey(), row.getRecordedBy(),
                Instant.parse(row.getRecordedAt()), new AgencyShare(
                        Identified.byId(Agency.class, row.getAgency()).orElseThrow(), row.getAgencyName(),
                        LocalDate.parse(row.getSharedOn()), stored(SharingChannel.class, row.getChannel()),
                        row.getWhatShared(), stored(LawfulBasis.class, row.getLawfulBasis()),
                        stored(SharingCondition.class, row.getSpecialCondition()), row.getWithConsent(),
                        row.getWithoutConsentBecause(), row.getTheirReference(), Optional.ofNullable(row.getCorrects()),
                        decision(row)));
    }

    private static Optional<ShareDecision> decision(AgencyShareEntity row) {
        return Optional.ofNullable(row.getDecision()).map(decision -> new ShareDecision(!NOT_SHARED.equals(decision),
                row.getPurpose(), row.getDecidedBy(), row.getPersonTold(), row.getNotToldBecause(),
                row.getNotSharedBecause(), row.getAgreementReference(), row.getUrgent(),
                Optional.ofNullable(row.getCriminalCondition()).map(id -> Identified.byId(SharingCondition.class, id)
                        .orElseThrow())));
    }

    private static String idOrNotShared(Identified value) {
        return value == null ? NOT_SHARED : value.id();
    }

    /** A value kept by id; none for a decision not to share. */
    private static <E extends Enum<E> & Identified> E stored(Class<E> type, String id) {
        return NOT_SHARED.equals(id) ? null : Identified.byId(type, id).orElseThrow();
    }
}
