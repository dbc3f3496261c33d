package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class DeductionTest {
    private static final Band ZERO_TO_9 = new Band(0);
    private static final Band TEN_TO_19 = new Band(10);

    /**
     * Two rows under 10 and a total of at least 10: each row is at least 1, so a reader knows there was a case of each
     * kind, but not how many within fewer than nine values.
     */
    @Test
    public void of_shouldFindEachOfTwoRowsUnder10AtLeast1WhenTheTotalIsAtLeast10() {
        Deduction.Knowledge known = Deduction.of(TEN_TO_19,
                List.of(Deduction.Margin.onePerCase(List.of(ZERO_TO_9, ZERO_TO_9))));

        assertThat(known.margins().get(0).get(0), is(new Deduction.Range(1, 9)));
        assertThat(known.total(), is(new Deduction.Range(10, 18)));
        assertThat(known.protectsSmallCounts(), is(true));
    }

    /**
     * Nine rows of many per case, all under 10, hold at most 81 cases; with a total from 80 and another table's row of
     * 80 or more, the last row of that table is 0 or 1: a small count narrowed to two values.
     */
    @Test
    public void of_shouldNarrowACountTo0Or1WhenNineRowsUnder10CapTheTotal() {
        Deduction.Margin routes = Deduction.Margin.manyPerCase(Collections.nCopies(9, ZERO_TO_9), 8);
        Deduction.Margin nations = Deduction.Margin.onePerCase(List.of(ZERO_TO_9, new Band(80)));

        Deduction.Knowledge known = Deduction.of(new Band(80), List.of(routes, nations));

        assertThat(known.total(), is(new Deduction.Range(80, 81)));
        assertThat(known.margins().get(1).get(0), is(new Deduction.Range(0, 1)));
        // 72 at most have a route, so 8 or 9 have none recorded: narrow, but not a small count.
        assertThat(known.margins().get(0).get(8), is(new Deduction.Range(8, 9)));
        assertThat(known.protectsSmallCounts(), is(false));
    }

    @Test
    public void of_shouldLeaveEachOfThreeRowsUnder10AnywhereFrom0To9() {
        Deduction.Knowledge known = Deduction.of(TEN_TO_19,
                List.of(Deduction.Margin.onePerCase(List.of(ZERO_TO_9, ZERO_TO_9, ZERO_TO_9))));

        assertThat(known.margins().get(0).get(1), is(new Deduction.Range(0, 9)));
        assertThat(known.total(), is(new Deduction.Range(10, 19)));
        assertThat(known.protectsSmallCounts(), is(true));
    }

    /** A case can have both types, or none recorded: every row can still be anything in its band. */
    @Test
    public void of_shouldLeaveTwoTypesAndNoneRecordedUnder10Unknown() {
        Deduction.Knowledge known = Deduction.of(TEN_TO_19,
                List.of(Deduction.Margin.manyPerCase(List.of(ZERO_TO_9, ZERO_TO_9, ZERO_TO_9), 2)));

        assertThat(known.margins().get(0), is(List.of(new Deduction.Range(0, 9), new Deduction.Range(0, 9),
                new Deduction.Range(0, 9))));
        assertThat(known.total(), is(new Deduction.Range(10, 19)));
        assertThat(known.protectsSmallCounts(), is(true));
    }

    /** With one type only, every case with a type has that type: the table is one row per case after all. */
    @Test
    public void of_shouldCountOneTypeAndNoneRecordedAsOneRowPerCase() {
        Deduction.Knowledge known = Deduction.of(TEN_TO_19,
                List.of(Deduction.Margin.manyPerCase(List.of(ZERO_TO_9, ZERO_TO_9), 1)));

        assertThat(known.margins().get(0).get(0), is(new Deduction.Range(1, 9)));
        assertThat(known.protectsSmallCounts(), is(true));
    }

    /** A second table that cannot reach the total's lowest values narrows the first one's rows too. */
    @Test
    public void of_shouldNarrowOneTableByWhatAnotherSaysOfTheTotal() {
        Deduction.Margin wide = Deduction.Margin.onePerCase(List.of(ZERO_TO_9, ZERO_TO_9, ZERO_TO_9));
        Deduction.Margin highRows = Deduction.Margin.onePerCase(List.of(TEN_TO_19, TEN_TO_19));

        Deduction.Knowledge known = Deduction.of(new Band(20), List.of(wide, highRows));

        // The second table's rows add up to 20 or more, so the three rows of the first add up to 20 to 27.
        assertThat(known.total(), is(new Deduction.Range(20, 27)));
        assertThat(known.margins().get(0).get(0), is(new Deduction.Range(2, 9)));
        assertThat("still eight values", known.protectsSmallCounts(), is(true));
    }

    @Test
    public void range_shouldProtectASmallCountOnlyWhenItLeavesFiveValues() {
        assertThat(new Deduction.Range(0, 4).protectsSmallCounts(), is(true));
        assertThat(new Deduction.Range(1, 5).protectsSmallCounts(), is(true));
        assertThat("four values", new Deduction.Range(0, 3).protectsSmallCounts(), is(false));
        assertThat("four values", new Deduction.Range(4, 7).protectsSmallCounts(), is(false));
        assertThat("exactly 1", new Deduction.Range(1, 1).protectsSmallCounts(), is(false));
        assertThat("no small count fits", new Deduction.Range(5, 6).protectsSmallCounts(), is(true));
        assertThat("zero is not a small count", new Deduction.Range(0, 0).protectsSmallCounts(), is(true));
    }

    @Test
    public void of_shouldRefuseTablesNoSetOfCasesGives() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Deduction.of(ZERO_TO_9,
                List.of(Deduction.Margin.onePerCase(List.of(TEN_TO_19)))));

        assertThat(refused.getMessage(), containsString("no set of cases"));
    }

    @Test
    public void margin_shouldRefuseATableOfManyPerCaseWithoutItsNoneRecordedRow() {
        assertThrows(IllegalArgumentException.class, () -> Deduction.Margin.manyPerCase(List.of(ZERO_TO_9), 1));
        assertThrows(IllegalArgumentException.class, () -> Deduction.Margin.manyPerCase(List.of(ZERO_TO_9), -1));
        assertThat(Deduction.Margin.manyPerCase(List.of(ZERO_TO_9, ZERO_TO_9), 0).noneRow(), is(0));
    }

    /**
     * The worked-out ranges against an exhaustive search of every sum the other rows can make, on tables the size of
     * a real year (types, routes, nations, age groups) and random bands.
     */
    @Test
    public void of_shouldAgreeWithAnExhaustiveSearchOnTablesTheSizeOfARealYear() {
        Random random = new Random(20261206);
        for (int trial = 0; trial < 300; trial++) {
            Band total = new Band(10L * random.nextInt(4));
            List<Deduction.Margin> margins = List.of(
                    Deduction.Margin.manyPerCase(randomBands(random, 12, total), 11),
                    Deduction.Margin.manyPerCase(randomBands(random, 9, total), 8),
                    Deduction.Margin.onePerCase(randomBands(random, 6, total)),
                    Deduction.Margin.onePerCase(randomBands(random, 3, total)));
            Deduction.Knowledge exhaustive = ExhaustiveDeduction.of(total, margins);
            if (exhaustive == null) {
                assertThrows(IllegalArgumentException.class, () -> Deduction.of(total, margins));
            } else {
                assertThat("trial " + trial, Deduction.of(total, margins), is(exhaustive));
            }
        }
    }

    /** Mostly the lowest band, sometimes the total's, as a real year's tables are. */
    private static List<Band> randomBands(Random random, int rows, Band total) {
        List<Band> bands = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            bands.add(random.nextInt(5) == 0 ? total : ZERO_TO_9);
        }
        return bands;
    }
}
