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
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Identified;

/** Each case's agency and sharing log in Active Objects: rows created and read; only anonymising changes them. */
@Named
public class AoAgencyLog implements AgencyLog {
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
                "CHANNEL", share.channel().id(), "WHAT_SHARED", share.whatShared(),
                "LAWFUL_BASIS", share.basis().id(), "SPECIAL_CONDITION", share.condition().id(),
                "WITH_CONSENT", share.withConsent()));
        Optional.ofNullable(share.agencyName()).ifPresent(name -> row.put("AGENCY_NAME", name));
        Optional.ofNullable(share.withoutConsentBecause()).ifPresent(why -> row.put("WITHOUT_CONSENT_BECAUSE", why));
        Optional.ofNullable(share.theirReference()).ifPresent(reference -> row.put("THEIR_REFERENCE", reference));
        share.corrects().ifPresent(corrected -> row.put("CORRECTS", corrected));
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
                        LocalDate.parse(row.getSharedOn()),
                        Identified.byId(SharingChannel.class, row.getChannel()).orElseThrow(), row.getWhatShared(),
                        Identified.byId(LawfulBasis.class, row.getLawfulBasis()).orElseThrow(),
                        Identified.byId(SharingCondition.class, row.getSpecialCondition()).orElseThrow(),
                        row.getWithConsent(), row.getWithoutConsentBecause(), row.getTheirReference(),
                        Optional.ofNullable(row.getCorrects())));
    }
}
