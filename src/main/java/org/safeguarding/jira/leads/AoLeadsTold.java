package org.safeguarding.jira.leads;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.RiskLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each telling of a case's leads, in Active Objects: only the app writes it, so the panel can believe it. It holds no
 * personal data of the person the case is about, only what happened, when, and the leads' names, and is kept like the
 * access log when the case is anonymised. Recording it must never stop the transition that told them.
 */
@Named
public class AoLeadsTold implements LeadsToldRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(AoLeadsTold.class);

    private final ActiveObjects ao;

    @Inject
    public AoLeadsTold(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Adds a telling; never fails the transition that told them. */
    public void record(String caseKey, LeadsTold told) {
        try {
            Map<String, Object> row = new HashMap<>(Map.of("CASE_KEY", caseKey, "ALERT", told.alert().id(),
                    "TOLD_AT", told.at().toString(), "LEADS", JSON.writeValueAsString(told.leads())));
            told.risk().ifPresent(risk -> row.put("RISK", risk.id()));
            ao.executeInTransaction(() -> ao.create(LeadsToldEntity.class, row));
        } catch (JsonProcessingException | RuntimeException | LinkageError e) {
            LOG.warn("Could not record on {} when its leads were told", caseKey, e);
        }
    }

    @Override
    public Optional<LeadsTold> latest(String caseKey) {
        return oneOf(caseKey, "ID DESC");
    }

    @Override
    public Optional<LeadsTold> first(String caseKey) {
        return oneOf(caseKey, "ID ASC");
    }

    private Optional<LeadsTold> oneOf(String caseKey, String order) {
        try {
            return Arrays.stream(ao.find(LeadsToldEntity.class, Query.select().where("CASE_KEY = ?", caseKey)
                    .order(order).limit(1))).findFirst().flatMap(AoLeadsTold::told);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not read on {} when its leads were told", caseKey, e);
            return Optional.empty();
        }
    }

    private static Optional<LeadsTold> told(LeadsToldEntity row) {
        try {
            List<String> leads = row.getLeads() == null ? List.of()
                    : List.of(JSON.readValue(row.getLeads(), String[].class));
            return Identified.byId(LeadAlert.class, row.getAlert())
                    .map(alert -> new LeadsTold(alert, Instant.parse(row.getToldAt()), leads,
                            Optional.ofNullable(row.getRisk()).flatMap(risk -> Identified.byId(RiskLevel.class, risk))));
        } catch (JsonProcessingException e) {
            LOG.warn("The record of when the leads of {} were told is not in the app's format", row.getCaseKey());
            return Optional.empty();
        }
    }
}
