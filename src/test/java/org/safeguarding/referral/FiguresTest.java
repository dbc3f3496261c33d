package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Test;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;

public class FiguresTest {
    private static Figures.CaseFacts raised(LocalDate day, Nation nation) {
        return new Figures.CaseFacts(day, Set.of(ExploitationType.FORCED_LABOUR), Set.of(), Optional.of(nation),
                Optional.of(false), Optional.empty());
    }

    private static Map<Figures.Dimension, Figures.Table> tables(List<Figures.CaseFacts> cases) {
        return Figures.of(cases).stream().collect(Collectors.toMap(Figures.Table::dimension, Function.identity()));
    }

    private static int row(Figures.Table table, String labelKey) {
        return table.rows().indexOf(new Figures.Category(labelKey));
    }

    @Test
    public void of_shouldCountEachCaseInTheQuarterItWasRaisedWithEveryQuarterBetweenTheFirstAndTheLast() {
        List<Figures.CaseFacts> cases = new ArrayList<>(Collections.nCopies(7,
                raised(LocalDate.of(2026, 2, 10), Nation.ENGLAND)));
        cases.addAll(Collections.nCopies(6, raised(LocalDate.of(2026, 10, 1), Nation.ENGLAND)));

        Figures.Table byNation = tables(cases).get(Figures.Dimension.NATION);

        assertThat(byNation.quarters(), contains(new Figures.Quarter(2026, 1), new Figures.Quarter(2026, 2),
                new Figures.Quarter(2026, 3), new Figures.Quarter(2026, 4)));
        int england = row(byNation, "safeguarding.nation.england");
        assertThat(byNation.counts().entry(england, 0).count(), is(7L));
        assertThat(byNation.counts().entry(england, 1).count(), is(0L));
        assertThat(byNation.counts().entry(england, 3).count(), is(6L));
        assertThat(byNation.counts().entry(byNation.rows().size(), 4).count(), is(13L));
    }

    @Test
    public void of_shouldCountACaseInEachOfItsTypesAndRoutesAndOneWithNoneAsNoneRecorded() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        Figures.CaseFacts twoTypes = new Figures.CaseFacts(day, Set.of(ExploitationType.FORCED_LABOUR,
                ExploitationType.DOMESTIC_SERVITUDE), Set.of(Route.NRM_REFERRAL, Route.POLICE), Optional.empty(),
                Optional.empty(), Optional.empty());
        Figures.CaseFacts none = new Figures.CaseFacts(day, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());

        Map<Figures.Dimension, Figures.Table> tables = tables(List.of(twoTypes, none));

        Figures.Table types = tables.get(Figures.Dimension.EXPLOITATION_TYPE);
        assertThat(types.counts().entry(row(types, "safeguarding.exploitation-type.forced-labour"), 0).count(), is(1L));
        assertThat(types.counts().entry(row(types, "safeguarding.exploitation-type.domestic-servitude"), 0).count(),
                is(1L));
        assertThat(types.counts().entry(row(types, "safeguarding.figures.none-recorded"), 0).count(), is(1L));
        // Rows, not cases: three rows counted for two cases, as the page says.
        assertThat(types.counts().entry(types.rows().size(), 1).count(), is(3L));
        Figures.Table routes = tables.get(Figures.Dimension.ROUTE);
        assertThat(routes.counts().entry(row(routes, "safeguarding.route.police"), 0).count(), is(1L));
        assertThat(Figures.Dimension.ROUTE.manyPerCase(), is(true));
        assertThat(Figures.Dimension.NATION.manyPerCase(), is(false));
    }

    @Test
    public void of_shouldCountOpenCasesEachOutcomeAndEachAgeGroup() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        Figures.CaseFacts closed = new Figures.CaseFacts(day, Set.of(), Set.of(), Optional.empty(), Optional.of(true),
                Optional.of(Resolution.REFERRED_AND_SUPPORTED));
        Figures.CaseFacts open = new Figures.CaseFacts(day, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());

        Map<Figures.Dimension, Figures.Table> tables = tables(List.of(closed, open));

        Figures.Table outcome = tables.get(Figures.Dimension.OUTCOME);
        assertThat(outcome.counts().entry(row(outcome, "safeguarding.figures.open"), 0).count(), is(1L));
        assertThat(outcome.counts().entry(row(outcome, "safeguarding.resolution.referred-and-supported"), 0).count(),
                is(1L));
        Figures.Table age = tables.get(Figures.Dimension.AGE_GROUP);
        assertThat(age.counts().entry(row(age, "safeguarding.figures.child"), 0).count(), is(1L));
        assertThat(age.counts().entry(row(age, "safeguarding.figures.none-recorded"), 0).count(), is(1L));
    }

    @Test
    public void of_shouldShowTwoCasesInAQuarterAsFewerThan5() {
        Figures.Table byNation = tables(List.of(raised(LocalDate.of(2026, 11, 1), Nation.WALES),
                raised(LocalDate.of(2026, 11, 2), Nation.WALES))).get(Figures.Dimension.NATION);

        assertThat(byNation.counts().entry(row(byNation, "safeguarding.nation.wales"), 0).shown(),
                is(SuppressedTable.Shown.FEWER_THAN_5));
    }

    @Test
    public void of_shouldGiveNoTablesWithoutCases() {
        assertThat(Figures.of(List.of()), is(empty()));
    }
}
