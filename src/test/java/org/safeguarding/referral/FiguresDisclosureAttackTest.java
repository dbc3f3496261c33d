package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/**
 * The figures for trustees under attack (safeguarding-domain.md §14.1): every way a year's cases, up to 29 of them,
 * can fall into tables shaped like a year's (an age group's three rows, a nation's four, types of which a case can
 * have several or none recorded) is published as the app publishes, and a reader who sees the publication and knows
 * the rules works out each count as closely as anything published allows: no count that may be from 1 to 4 may be
 * narrowed to fewer than five values, whether the breakdowns were published or withheld. The same attack recovers small
 * counts from the method the app used before: counts of 1 to 4 hidden in each table while its totals were printed.
 */
public class FiguresDisclosureAttackTest {
    private static final List<DisclosureAttack.Shape> YEAR_LIKE = List.of(new DisclosureAttack.Shape(3, -1),
            new DisclosureAttack.Shape(4, -1), new DisclosureAttack.Shape(4, 3));

    /** The app's publisher: bands of ten, and the tables only when the total is 10 or more and they are safe. */
    private static final DisclosureAttack.Publisher BANDS = new DisclosureAttack.Publisher() {
        @Override
        public Object table(long[] counts) {
            return Arrays.stream(counts).mapToObj(Band::of).toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object population(long cases, List<Object> tables) {
            Band total = Band.of(cases);
            List<Deduction.Margin> margins = new ArrayList<>();
            for (int table = 0; table < tables.size(); table++) {
                List<Band> rows = (List<Band>) tables.get(table);
                DisclosureAttack.Shape shape = YEAR_LIKE.get(table);
                margins.add(shape.manyPerCase() ? Deduction.Margin.manyPerCase(rows, shape.noneRow())
                        : Deduction.Margin.onePerCase(rows));
            }
            Figures.Breakdowns breakdowns = Figures.breakdowns(total, margins);
            return List.of(total, breakdowns, breakdowns == Figures.Breakdowns.PUBLISHED ? tables : List.of());
        }
    };

    /** The method before: each count from 1 to 4 shown as "fewer than 5", every other count and total as it is. */
    private static final DisclosureAttack.Publisher FEWER_THAN_5 = new DisclosureAttack.Publisher() {
        @Override
        public Object table(long[] counts) {
            return Arrays.stream(counts).mapToObj(FiguresDisclosureAttackTest::fewerThan5).toList();
        }

        @Override
        public Object population(long cases, List<Object> tables) {
            return List.of(fewerThan5(cases), tables);
        }
    };

    private static Object fewerThan5(long count) {
        return count > 0 && count < 5 ? "fewer than 5" : count;
    }

    @Test
    public void attack_shouldRecoverNoSmallCountFromTheBandedFiguresPublishedOrWithheld() {
        assertThat(DisclosureAttack.run(YEAR_LIKE, BANDS, 29), empty());
    }

    /** Four cases, each of a different type, under a "fewer than 5" total: each type is exactly 1. */
    @Test
    public void attack_shouldRecoverSmallCountsFromCountsOf1To4HiddenTableByTable() {
        List<DisclosureAttack.Recovered> recovered = DisclosureAttack.run(YEAR_LIKE, FEWER_THAN_5, 8);

        assertThat("exact small counts", recovered.stream().filter(each -> each.lowest() == each.highest()
                && each.lowest() >= 1).count(), greaterThan(0L));
    }
}
