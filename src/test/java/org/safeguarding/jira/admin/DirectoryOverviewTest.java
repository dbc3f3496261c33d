package org.safeguarding.jira.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceDirectory;

public class DirectoryOverviewTest {
    private final ShippedDirectory shipped = new ShippedDirectory();
    private final PropertiesTexts texts = new PropertiesTexts();

    @Test
    public void entries_shouldFlagAnEntryForCheckingOnceAYearHasPassed() {
        // The first entry, 999, was last checked on 6 Dec 2026.
        assertThat(due(LocalDate.of(2027, 12, 5)), equalTo(false));
        assertThat(due(LocalDate.of(2027, 12, 6)), equalTo(true));
    }

    @Test
    public void entries_shouldSayWhereAndForWhomInWords() {
        List<Map<String, Object>> entries = DirectoryOverview.entries(shipped, texts, LocalDate.of(2026, 11, 29));
        Map<String, Object> salvationArmy = entries.stream()
                .filter(entry -> entry.get("name").toString().startsWith("The Salvation Army")).findFirst()
                .orElseThrow();

        assertThat(salvationArmy.get("where"), equalTo("England, Wales"));
        assertThat(salvationArmy.get("whom"), equalTo("Adults"));
        assertThat(salvationArmy.get("checked"), equalTo("29 Nov 2026"));
    }

    @Test
    public void entries_shouldOfferOnlyAWebPageSourceAsALink() {
        DirectorySource hostile = new DirectorySource() {
            @Override
            public ResourceDirectory directory() {
                return new ResourceDirectory(List.of(new Resource("x", "A service", "999", null, Set.of(),
                        Audience.EVERYONE, ResourceCategory.EMERGENCY, List.of(), LocalDate.of(2026, 11, 1),
                        "javascript:alert(1)", null, false)));
            }

            @Override
            public Explanations explanations() {
                return Explanations.shipped();
            }
        };

        Map<String, Object> entry = DirectoryOverview.entries(hostile, texts, LocalDate.of(2026, 11, 29)).get(0);

        assertThat(entry.get("source"), equalTo("javascript:alert(1)"));
        assertThat(entry.get("sourceLink"), equalTo(""));
        assertThat(entry.get("sourceShown"), equalTo("javascript:alert(1)"));
        assertThat(DirectoryOverview.entries(shipped, texts, LocalDate.of(2026, 11, 29)).get(0).get("sourceLink"),
                equalTo(DirectoryOverview.entries(shipped, texts, LocalDate.of(2026, 11, 29)).get(0).get("source")));
    }

    /** Shipped words changed on 1 Dec 2026: a check recorded the day before is of other words. */
    @Test
    public void languages_shouldSayWhenTheLastCheckWasOfWordsThatHaveChangedSince() {
        DirectorySource checked = new DirectorySource() {
            @Override
            public ResourceDirectory directory() {
                return shipped.directory();
            }

            @Override
            public Explanations explanations() {
                return Explanations.shipped().withReviews(Map.of(
                        "sq", new Explanation.Review("Arta Krasniqi", LocalDate.of(2026, 11, 30)),
                        "pl", new Explanation.Review("Ewa Nowak", LocalDate.of(2026, 12, 7))));
            }
        };

        Map<String, Map<String, Object>> byTag = DirectoryOverview.languages(checked, texts).stream()
                .collect(Collectors.toMap(language -> language.get("tag").toString(), language -> language));

        assertThat(byTag.get("sq").get("reviewed"), equalTo(false));
        assertThat(byTag.get("sq").get("checkedBeforeChange"), equalTo("its words changed on 7 Dec 2026, after the "
                + "last check (by Arta Krasniqi on 30 Nov 2026): have it checked again"));
        assertThat(byTag.get("pl").get("reviewed"), equalTo(true));
        assertThat(byTag.get("pl").get("checkedBeforeChange"), equalTo(""));
        assertThat(byTag.get("so").get("checkedBeforeChange"), equalTo(""));
    }

    private Object due(LocalDate today) {
        return DirectoryOverview.entries(shipped, texts, today).get(0).get("due");
    }
}
