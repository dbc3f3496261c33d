package org.safeguarding.jira.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.LeadsTold;

/** Every case's tellings of its leads, in the order told, in memory: one list stands for the store's rows. */
public final class InMemoryLeadsTold implements LeadsToldRecords {
    private final List<LeadsTold> tellings = new ArrayList<>();

    public InMemoryLeadsTold told(LeadsTold telling) {
        tellings.add(telling);
        return this;
    }

    @Override
    public Optional<LeadsTold> latest(String caseKey) {
        return tellings.isEmpty() ? Optional.empty() : Optional.of(tellings.get(tellings.size() - 1));
    }

    @Override
    public Optional<LeadsTold> first(String caseKey) {
        return tellings.stream().findFirst();
    }
}
