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
    private static final LocalDate IN_2025 = LocalDate.of(2025, 5, 1);

    private static Figures.CaseFacts raised(LocalDate day, Nation nation, boolean child) {
        return new Figures.CaseFacts(day, Set.of(ExploitationType.FORCED_LABOUR), Set.of(Route.POLICE),
                Optional.of(nation), Optional.of(child), Optional.empty(), Optional.empty());
    }

    private static Figures.CaseFacts closed(LocalDate raised, LocalDate closed, Resolution outcome) {
        return new Figures.CaseFacts(raised, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.of(closed), Optional.of(outcome));
    }

    private static Map<Figures.Dimension, Figures.Table> tables(Figures.Population population) {
        return population.tables().stream().collect(Collectors.toMap(Figures.Table::dimension, Function.identity()));
    }

    private static Band band(Figures.Table table, String labelKey) {
        return table.counts().get(table.rows().indexOf(new Figures.Category(labelKey)));
    }

    @Test
    public void yearsOver_shouldListEachYearFromTheFirstCaseToLastYear() {
        Optional<LocalDate> first = Optional.of(LocalDate.of(2023, 12, 31));

        assertThat(Figures.yearsOver(first, LocalDate.of(2026, 12, 6)), contains(2023, 2024, 2025));
        assertThat("this year is not over", Figures.yearsOver(first, LocalDate.of(2024, 1, 1)), contains(2023));
        assertThat(Figures.yearsOver(Optional.empty(), LocalDate.of(2026, 12, 6)), is(empty()));
    }

    @Test
    public void of_shouldCountTheYearsRaisedCasesInBandsOfTen() {
        List<Figures.CaseFacts> cases = new ArrayList<>(Collections.nCopies(12, raised(IN_2025, Nation.ENGLAND, false)));
        cases.addAll(Collections.nCopies(3, raised(IN_2025, Nation.WALES, true)));
        cases.add(raised(LocalDate.of(2026, 1, 2), Nation.WALES, true));

        Figures.Year year = Figures.of(2025, cases);

        assertThat(year.raised().total(), is(new Band(10)));
        assertThat(year.raised().breakdowns(), is(Figures.Breakdowns.PUBLISHED));
        Map<Figures.Dimension, Figures.Table> tables = tables(year.raised());
        assertThat(tables.keySet(), is(Set.of(Figures.Dimension.EXPLOITATION_TYPE, Figures.Dimension.ROUTE,
                Figures.Dimension.NATION, Figures.Dimension.AGE_GROUP)));
        assertThat(band(tables.get(Figures.Dimension.NATION), "safeguarding.nation.england"), is(new Band(10)));
        assertThat("3 Welsh cases", band(tables.get(Figures.Dimension.NATION), "safeguarding.nation.wales"),
                is(new Band(0)));
        assertThat(band(tables.get(Figures.Dimension.AGE_GROUP), "safeguarding.figures.child"), is(new Band(0)));
        assertThat(band(tables.get(Figures.Dimension.AGE_GROUP), "safeguarding.figures.adult"), is(new Band(10)));
        assertThat(band(tables.get(Figures.Dimension.EXPLOITATION_TYPE),
                "safeguarding.exploitation-type.forced-labour"), is(new Band(10)));
    }

    /** Fewer than 10 concerns in a year: its total only, as its band, and no table at all. */
    @Test
    public void of_shouldPublishOnlyTheTotalOfAYearWithFewerThan10() {
        Figures.Year year = Figures.of(2025, Collections.nCopies(9, raised(IN_2025, Nation.SCOTLAND, true)));

        assertThat(year.raised().total(), is(new Band(0)));
        assertThat(year.raised().breakdowns(), is(Figures.Breakdowns.TOO_FEW));
        assertThat(year.raised().tables(), is(empty()));
    }

    /** Closed cases count in the year they were closed, by outcome, whenever they were raised. */
    @Test
    public void of_shouldCountOutcomesInTheYearCasesWereClosed() {
        List<Figures.CaseFacts> cases = new ArrayList<>(Collections.nCopies(11,
                closed(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 1), Resolution.REFERRED_AND_SUPPORTED)));
        cases.add(closed(IN_2025, LocalDate.of(2026, 1, 5), Resolution.DECLINED_SUPPORT));

        Figures.Year year = Figures.of(2025, cases);

        assertThat(year.closed().total(), is(new Band(10)));
        Figures.Table outcome = tables(year.closed()).get(Figures.Dimension.OUTCOME);
        assertThat(band(outcome, "safeguarding.resolution.referred-and-supported"), is(new Band(10)));
        assertThat(band(outcome, "safeguarding.resolution.declined-support"), is(new Band(0)));
        assertThat("raised in 2025, closed in 2026", year.raised().total(), is(new Band(0)));
        assertThat("nothing closed in 2024", Figures.of(2024, cases).closed().total(), is(new Band(0)));
    }

    /**
     * Each ending is counted as what happened, never as a decision nobody made (issue 29): a case the police or
     * children's services took on, or signposted, is never "no trafficking concern".
     */
    @Test
    public void of_shouldCountEachCaseUnderItsOwnEndingOnly() {
        for (Resolution ending : Resolution.values()) {
            List<Figures.CaseFacts> cases = Collections.nCopies(10, closed(IN_2025, LocalDate.of(2025, 9, 1),
                    ending));

            Figures.Table outcome = tables(Figures.of(2025, cases).closed()).get(Figures.Dimension.OUTCOME);

            for (Resolution counted : Resolution.values()) {
                assertThat(ending + " counted as " + counted, band(outcome, counted.labelKey()),
                        is(new Band(counted == ending ? 10 : 0)));
            }
        }
    }

    @Test
    public void of_shouldCountACaseInEachOfItsTypesAndOneWithNoneAsNoneRecorded() {
        Figures.CaseFacts twoTypes = new Figures.CaseFacts(IN_2025, Set.of(ExploitationType.FORCED_LABOUR,
                ExploitationType.DOMESTIC_SERVITUDE), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        Figures.CaseFacts none = new Figures.CaseFacts(IN_2025, Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        List<Figures.CaseFacts> cases = new ArrayList<>(Collections.nCopies(10, twoTypes));
        cases.addAll(Collections.nCopies(10, none));

        Figures.Table types = tables(Figures.of(2025, cases).raised()).get(Figures.Dimension.EXPLOITATION_TYPE);

        assertThat(band(types, "safeguarding.exploitation-type.forced-labour"), is(new Band(10)));
        assertThat(band(types, "safeguarding.exploitation-type.domestic-servitude"), is(new Band(10)));
        assertThat(band(types, "safeguarding.figures.none-recorded"), is(new Band(10)));
        assertThat(Figures.Dimension.EXPLOITATION_TYPE.manyPerCase(), is(true));
        assertThat(Figures.Dimension.NATION.manyPerCase(), is(false));
    }

    /** The decision reads the bands only: tables whose bands narrow a small count are withheld, whatever the counts. */
    @Test
    public void breakdowns_shouldWithholdTablesThatTogetherNarrowASmallCount() {
        Deduction.Margin routes = Deduction.Margin.manyPerCase(Collections.nCopies(9, new Band(0)), 8);
        Deduction.Margin nations = Deduction.Margin.onePerCase(List.of(new Band(0), new Band(80)));

        assertThat(Figures.breakdowns(new Band(80), List.of(routes, nations)), is(Figures.Breakdowns.WOULD_GIVE_AWAY));
        assertThat(Figures.breakdowns(new Band(80), List.of(nations)), is(Figures.Breakdowns.PUBLISHED));
        assertThat(Figures.breakdowns(new Band(0), List.of(nations)), is(Figures.Breakdowns.TOO_FEW));
    }
}
