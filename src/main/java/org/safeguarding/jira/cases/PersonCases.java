package org.safeguarding.jira.cases;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The whole records of the other concerns about a case's person that the lead also leads, for a page that reads them
 * together (the person chronology): found by the person reference among the cases the lead may browse, then each
 * one the lead leads, and each recorded in its own access log as the page records its own case.
 */
@Named
public class PersonCases {
    private final PersonConcerns concerns;
    private final CaseRecords records;
    private final AccessRecorder access;

    @Inject
    public PersonCases(PersonConcerns concerns, CaseRecords records, AccessRecorder access) {
        this.concerns = concerns;
        this.records = records;
        this.access = access;
    }

    /** @param detailKey the i18n key each case's access log says the page by */
    public List<CaseRecord> otherCasesLed(CaseRecord found, String detailKey) {
        List<CaseRecord> led = new ArrayList<>();
        for (PersonConcerns.Other other : found.values().text(CaseFields.PERSON_REFERENCE)
                .map(reference -> concerns.others(found.key(), reference)).orElse(List.of())) {
            records.forLead(other.key()).ifPresent(record -> {
                access.exported(record.key(), detailKey);
                led.add(record);
            });
        }
        return led;
    }
}
