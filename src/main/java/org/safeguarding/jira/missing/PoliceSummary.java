package org.safeguarding.jira.missing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.screening.PoliceDescription;

/**
 * The lines of the missing-person summary for police, in the order police ask for them, each labelled as the case
 * field is. Every line is shown, "Not recorded" where nothing is, so police know what was never recorded rather than
 * wondering whether a line was left off. Plain strings in maps, as Jira's Velocity allowlist wants.
 */
final class PoliceSummary {
    private PoliceSummary() {
    }

    static List<Map<String, String>> rows(PoliceDescription description, Texts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CaseFields.HEIGHT, description.height());
        values.put(CaseFields.BUILD, description.build());
        values.put(CaseFields.DISTINGUISHING_FEATURES, description.distinguishingFeatures());
        values.put(CaseFields.NATIONALITY, description.nationality());
        values.put(CaseFields.LANGUAGES_SPOKEN, description.languagesSpoken());
        values.put(CaseFields.LAST_SEEN_WHERE, description.lastSeenWhere());
        values.put(CaseFields.LAST_SEEN_WHEN, UkDates.dayAndTime(description.lastSeenWhen()));
        values.put(CaseFields.LAST_SEEN_WEARING, description.lastSeenWearing());
        String notRecorded = texts.text("safeguarding.missing-summary.not-recorded");
        List<Map<String, String>> rows = new ArrayList<>();
        values.forEach((fieldKey, value) -> rows.add(Map.of(
                "label", texts.text(CaseFields.byKey(fieldKey).orElseThrow().nameKey()),
                "value", value == null || value.isBlank() ? notRecorded : value.trim())));
        return rows;
    }
}
