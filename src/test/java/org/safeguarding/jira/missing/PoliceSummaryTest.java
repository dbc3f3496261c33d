package org.safeguarding.jira.missing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Reason;
import org.safeguarding.screening.Screening;

public class PoliceSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final PropertiesTexts texts = new PropertiesTexts();

    @Test
    public void description_shouldListEveryLineInTheOrderPoliceAskForThem() {
        PoliceDescription description = new PoliceDescription(" 5'4\" ", "slim", "Albanian", "scar on left hand",
                "Albanian, some English", "Leeds bus station", LocalDateTime.of(2026, 11, 28, 18, 30), "red coat");

        List<Map<String, String>> rows = PoliceSummary.description(Screening.builder().policeDescription(description)
                .build(), texts);

        assertThat(rows.stream().map(row -> row.get("label")).toList(), contains("Description: height",
                "Description: build", "Description: distinguishing features", "Description: nationality",
                "Description: languages spoken", "Last seen: where", "Last seen: when", "Last seen: wearing"));
        assertThat(rows.stream().map(row -> row.get("value")).toList(), contains("5'4\"", "slim",
                "scar on left hand", "Albanian", "Albanian, some English", "Leeds bus station",
                "28 Nov 2026, 18:30:00", "red coat"));
    }

    @Test
    public void description_shouldSayWhatWasNeverRecorded() {
        List<Map<String, String>> rows = PoliceSummary.description(Screening.builder().policeDescription(
                new PoliceDescription("", null, "Vietnamese", null, null, null, null, "  ")).build(), texts);

        assertThat(rows.get(0).get("value"), equalTo("Not recorded"));
        assertThat(rows.get(3).get("value"), equalTo("Vietnamese"));
        assertThat(rows.get(4).get("value"), equalTo("Not recorded"));
        assertThat(rows.get(6).get("value"), equalTo("Not recorded"));
        assertThat(rows.get(7).get("value"), equalTo("Not recorded"));
    }

    /** The case records Arabic and an interpreter: police hear it, not "Not recorded" (issue 30). */
    @Test
    public void description_shouldGiveTheLanguageTheCaseRecordsWhenNoOtherIsGiven() {
        List<Map<String, String>> rows = PoliceSummary.description(Screening.builder().language("Arabic")
                .interpreterNeeded(Answer.YES).build(), texts);

        assertThat(rows.get(4).get("value"), equalTo("Arabic (needs an interpreter)"));
    }

    /** A missing 17-year-old: age, nation, status and how serious and why, from what the case knows. */
    @Test
    public void about_shouldSayWhoThePersonIsAsFarAsTheCaseKnows() {
        Screening screening = Screening.builder().ageGroup(AgeGroup.UNDER_18).dateOfBirth(LocalDate.of(2009, 3, 1))
                .nation(Nation.SCOTLAND).immediateDanger(Answer.NO).indicatorsSeen(List.of(Indicator.PHYSICAL_NEGLECTED))
                .build();

        List<Map<String, String>> rows = PoliceSummary.about(screening, Optional.of(ReferralStep.MISSING),
                new Organisation(false, false), TODAY, texts);

        assertThat(rows.stream().map(row -> row.get("value")).toList().subList(0, 4), contains(
                texts.text(AgeGroup.UNDER_18.labelKey()), "Born 1 Mar 2009, 17 years old",
                texts.text(Nation.SCOTLAND.labelKey()), "Missing"));
        assertThat(rows.get(4).get("label"), equalTo("Risk level and why"));
        // A child with a sign of exploitation is high risk (domain reference, section 13), said with why.
        assertThat(rows.get(4).get("value"), startsWith(texts.text("safeguarding.risk.high") + ". "
                + texts.text(Reason.CHILD_WITH_SIGNS.labelKey())));
    }
}
