package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

public class ShippedCorrectionsTest {
    private static final Resource MIGRANT_HELP_BEFORE = entry("migrant-help", "0808 8010 503",
            Set.of(Nation.SCOTLAND, Nation.NORTHERN_IRELAND));
    private static final Resource MIGRANT_HELP_NOW = entry("migrant-help", "0141 884 7900", Set.of(Nation.SCOTLAND));
    private static final Resource TARA = entry("tara", "0141 276 7724", Set.of(Nation.SCOTLAND));
    private static final Resource GLAA = entry("glaa", "0800 432 0804", Set.of());

    @Test
    public void between_shouldSeedAnEmptyDirectoryWithEverythingShipped() {
        ShippedCorrections corrections = ShippedCorrections.between(List.of(MIGRANT_HELP_NOW, TARA), List.of(),
                Set.of());

        assertThat(corrections.added(), contains(MIGRANT_HELP_NOW, TARA));
        assertThat(corrections.corrected(), empty());
        assertThat(corrections.withdrawn(), empty());
    }

    @Test
    public void between_shouldCorrectAddAndWithdrawWhatNoPersonHasChanged() {
        ShippedCorrections corrections = ShippedCorrections.between(List.of(MIGRANT_HELP_NOW, TARA),
                List.of(MIGRANT_HELP_BEFORE, GLAA), Set.of());

        assertThat(corrections.added(), contains(TARA));
        assertThat(corrections.corrected(), contains(MIGRANT_HELP_NOW));
        assertThat(corrections.withdrawn(), contains("glaa"));
    }

    @Test
    public void between_shouldLeaveAloneWhatAnAdminChangedRetiredOrAddedThemselves() {
        Resource adminsOwnTara = entry("tara", "0141 000 0000", Set.of(Nation.SCOTLAND));
        Resource retiredMigrantHelp = MIGRANT_HELP_BEFORE.withIdAndRetired("migrant-help", true);

        ShippedCorrections corrections = ShippedCorrections.between(List.of(MIGRANT_HELP_NOW, TARA),
                List.of(retiredMigrantHelp, adminsOwnTara, GLAA), Set.of("tara", "glaa"));

        assertThat(corrections.isEmpty(), is(true));
    }

    @Test
    public void between_shouldFindNothingToDoOnceTheDirectoryMatchesWhatShips() {
        ShippedCorrections corrections = ShippedCorrections.between(List.of(MIGRANT_HELP_NOW, TARA),
                List.of(MIGRANT_HELP_NOW, TARA, GLAA.withIdAndRetired("glaa", true)), Set.of());

        assertThat(corrections.isEmpty(), is(true));
    }

    @Test
    public void between_shouldTellAnEarlierInstallWhomAServiceIsFor() {
        Resource taraForWomen = new Resource("tara", "tara", "0141 276 7724", null, Set.of(Nation.SCOTLAND),
                Audience.ADULTS, ResourceCategory.ADULT_SUPPORT, List.of(), LocalDate.of(2026, 12, 1),
                "https://www.gov.scot/", null, false, Set.of(Gender.FEMALE));

        ShippedCorrections corrections = ShippedCorrections.between(List.of(taraForWomen), List.of(TARA), Set.of());

        assertThat(corrections.corrected(), contains(taraForWomen));
    }

    private static Resource entry(String id, String phone, Set<Nation> nations) {
        return new Resource(id, id, phone, null, nations, Audience.ADULTS, ResourceCategory.ADULT_SUPPORT, List.of(),
                LocalDate.of(2026, 12, 1), "https://www.gov.scot/", null, false);
    }
}
