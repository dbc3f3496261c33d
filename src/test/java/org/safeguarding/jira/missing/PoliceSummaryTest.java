package org.safeguarding.jira.missing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.screening.PoliceDescription;

public class PoliceSummaryTest {
    private final PropertiesTexts texts = new PropertiesTexts();

    @Test
    public void rows_shouldListEveryLineInTheOrderPoliceAskForThem() {
        PoliceDescription description = new PoliceDescription(" 5'4\" ", "slim", "Albanian", "scar on left hand",
                "Albanian, some English", "Leeds bus station", LocalDateTime.of(2026, 11, 28, 18, 30), "red coat");

        List<Map<String, String>> rows = PoliceSummary.rows(description, texts);

        assertThat(rows.stream().map(row -> row.get("label")).toList(), contains("Description: height",
                "Description: build", "Description: distinguishing features", "Description: nationality",
                "Description: languages spoken", "Last seen: where", "Last seen: when", "Last seen: wearing"));
        assertThat(rows.stream().map(row -> row.get("value")).toList(), contains("5'4\"", "slim",
                "scar on left hand", "Albanian", "Albanian, some English", "Leeds bus station",
                "28 Nov 2026, 18:30:00", "red coat"));
    }

    @Test
    public void rows_shouldSayWhatWasNeverRecorded() {
        List<Map<String, String>> rows = PoliceSummary.rows(new PoliceDescription("", null, "Vietnamese", null, null,
                null, null, "  "), texts);

        assertThat(rows.get(0).get("value"), equalTo("Not recorded"));
        assertThat(rows.get(3).get("value"), equalTo("Vietnamese"));
        assertThat(rows.get(6).get("value"), equalTo("Not recorded"));
        assertThat(rows.get(7).get("value"), equalTo("Not recorded"));
    }
}
