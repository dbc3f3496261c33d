package org.safeguarding.jira.records;

import java.time.LocalDate;
import java.util.List;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Organisation;

/**
 * What the app concluded about the person from a case's answers, in words, for a subject-access export: it is their
 * personal data too (the risk level, and why).
 */
record AssessedRisk(String level, List<String> reasons) {
    static AssessedRisk of(CaseRecord record, Organisation organisation, LocalDate today, Texts texts) {
        Assessment assessment = Assessor.assess(ScreeningAssembler.from(record.values()), organisation, today);
        return new AssessedRisk(texts.text(assessment.level().labelKey()), assessment.levelReasons().stream()
                .map(finding -> texts.text(finding.reason().labelKey())).toList());
    }
}
