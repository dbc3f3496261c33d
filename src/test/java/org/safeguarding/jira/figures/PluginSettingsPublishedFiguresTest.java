package org.safeguarding.jira.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.jira.platform.MapPluginSettings;
import org.safeguarding.referral.Figures;
import org.safeguarding.referral.Resolution;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;

public class PluginSettingsPublishedFiguresTest {
    private final MapPluginSettings settings = new MapPluginSettings();
    private final PluginSettingsPublishedFigures store = new PluginSettingsPublishedFigures(settings);

    private static PublishedFigures.Published year(int year, int cases) {
        List<Figures.CaseFacts> facts = new ArrayList<>(Collections.nCopies(cases, new Figures.CaseFacts(
                LocalDate.of(year, 3, 1), Set.of(ExploitationType.WAGES_TAKEN), Set.of(Route.POLICE),
                Optional.of(Nation.NORTHERN_IRELAND), Optional.of(true), Optional.of(LocalDate.of(year, 4, 1)),
                Optional.of(Resolution.DECLINED_SUPPORT))));
        return new PublishedFigures.Published(Figures.of(year, facts), LocalDate.of(year + 1, 1, 5));
    }

    @Test
    public void keep_shouldReadBackEveryYearAsPublishedOldestFirst() {
        PublishedFigures.Published later = year(2025, 23);
        PublishedFigures.Published earlier = year(2024, 4);

        store.keep(later);
        store.keep(earlier);

        assertThat(new PluginSettingsPublishedFigures(settings).all(), contains(earlier, later));
        assertThat(store.year(2025).orElseThrow().figures().raised().breakdowns(), is(Figures.Breakdowns.PUBLISHED));
    }

    @Test
    public void keep_shouldNeverReplaceAYearAlreadyPublished() {
        PublishedFigures.Published first = year(2025, 23);
        store.keep(first);

        store.keep(year(2025, 40));

        assertThat(store.all(), contains(first));
    }

    @Test
    public void all_shouldReadAnUnreadableValueAsNothingPublished() {
        settings.stored.put(PluginSettingsPublishedFigures.KEY, "{\"years\": [{\"year\": 2025, \"raised\": 7}]}");

        assertThat(store.all(), is(empty()));
    }
}
