package org.safeguarding.jira.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.Figures;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;

/** What the figures page says of a year's tables (issue 30: cases with no type of exploitation are pointed out). */
public class FiguresPageTest {
    private final PropertiesTexts texts = new PropertiesTexts();

    @Test
    public void forTemplate_shouldSayHowManyCasesHaveNoTypeOfExploitationInItsBand() {
        List<Figures.CaseFacts> cases = new ArrayList<>(Collections.nCopies(30, raised(Set.of(
                ExploitationType.FORCED_LABOUR))));
        cases.addAll(Collections.nCopies(12, raised(Set.of())));

        String note = typesNote(cases);

        assertThat(note, containsString(texts.text("safeguarding.figures.types-missing", "10 to 19")));
    }

    @Test
    public void forTemplate_shouldSayNothingOfMissingTypesWhenEveryCaseHasOne() {
        String note = typesNote(Collections.nCopies(40, raised(Set.of(ExploitationType.FORCED_LABOUR))));

        assertThat(note, not(containsString("no type of exploitation recorded")));
    }

    @SuppressWarnings("unchecked")
    private String typesNote(List<Figures.CaseFacts> cases) {
        Map<String, Object> year = FiguresPage.forTemplate(new PublishedFigures.Published(Figures.of(2025, cases),
                LocalDate.of(2026, 1, 5)), texts);
        Map<String, Object> raised = ((List<Map<String, Object>>) year.get("populations")).get(0);
        return ((List<Map<String, Object>>) raised.get("tables")).stream()
                .filter(table -> table.get("title").equals(texts.text(Figures.Dimension.EXPLOITATION_TYPE.labelKey())))
                .map(table -> (String) table.get("note")).findFirst().orElseThrow();
    }

    private static Figures.CaseFacts raised(Set<ExploitationType> types) {
        return new Figures.CaseFacts(LocalDate.of(2025, 5, 1), types, Set.of(), Optional.of(Nation.ENGLAND),
                Optional.of(false), Optional.empty(), Optional.empty());
    }
}
