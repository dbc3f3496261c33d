package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;

public class CaseRecordTest {
    @Test
    public void rows_shouldGiveEveryRecordedValueInWordsTabByTabAndLeaveOutEmptyFields() {
        CaseValues values = new InMemoryCaseValues()
                .with(CaseFields.IMMEDIATE_DANGER, "no")
                .with(CaseFields.AGE_GROUP, "under-18")
                .with(CaseFields.BARRIERS, List.of("fear", "language"))
                .with(CaseFields.HEIGHT, "1.60 m <b>")
                .with(CaseFields.SCREENING_NOTES, "  ")
                .with(CaseFields.LAST_SEEN_WHEN, LocalDateTime.of(2026, 11, 28, 18, 30))
                .with(CaseFields.RETENTION_REVIEW, LocalDate.of(2033, 1, 1));

        List<CaseRecord.Row> rows = new CaseRecord("SG-1", "Concern at the shelter", null, values, List.of())
                .rows(new PropertiesTexts());

        assertThat(rows.stream().map(CaseRecord.Row::value).toList(), contains("No", "Under 18",
                "Fear of the trafficker, of harm to family, or of being deported; Language", "1.60 m <b>",
                "28 Nov 2026, 18:30:00", "1 Jan 2033"));
        assertThat(rows.get(0).tab(), is("Concern"));
        assertThat(rows.get(0).field(), is("Immediate danger"));
    }
}
