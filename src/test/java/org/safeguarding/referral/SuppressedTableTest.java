package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * Small-number suppression for published figures: nothing from 1 to 4 is shown, and no hidden number can be worked
 * out from the published ones. Both are checked as properties over seeded random tables; the second exactly, by
 * trying every table that agrees with what is published, on tables small enough to try them all.
 */
public class SuppressedTableTest {
    private static final int TABLES = 3_000;
    private static final int SMALL_TABLES = 300;
    /** The largest value tried for a hidden count when trying every table. */
    private static final int TRIED = 24;

    @Test
    public void of_shouldShowFewerThan5ForEveryCountAndTotalFrom1To4AndShowZeroAndLargerCounts() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{0, 12, 30}, {8, 20, 7}});

        assertThat(table.entry(0, 0), is(new SuppressedTable.Entry(0, SuppressedTable.Shown.COUNT)));
        assertThat(table.entry(1, 3), is(new SuppressedTable.Entry(35, SuppressedTable.Shown.COUNT)));
        assertThat(table.entry(2, 3), is(new SuppressedTable.Entry(77, SuppressedTable.Shown.COUNT)));
        assertThat(SuppressedTable.of(new long[][] {{3}}).entry(1, 1).shown(),
                is(SuppressedTable.Shown.FEWER_THAN_5));
    }

    @Test
    public void of_shouldHideMoreWhereTheTotalsWouldGiveAwayTheOnlySmallNumberInARow() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{3, 10, 12}, {9, 11, 6}, {7, 8, 15}});

        assertThat(table.entry(0, 0).shown(), is(SuppressedTable.Shown.FEWER_THAN_5));
        assertThat(hiddenIn(table, 0, true), is(greaterThanOrEqualTo(2)));
        assertThat(hiddenIn(table, 0, false), is(greaterThanOrEqualTo(2)));
    }

    @Test
    public void of_shouldHideMoreWhenTheBoundsOfFewerThan5WouldGiveTheNumbersAway() {
        // Two hidden counts adding up to a published 8, each from 1 to 4, could only both be 4.
        SuppressedTable table = SuppressedTable.of(new long[][] {{4}, {4}});

        assertThat(table.entry(2, 0).shown(), is(SuppressedTable.Shown.HIDDEN));
        assertThat(derivable(table), is(List.of()));
    }

    @Test
    public void of_shouldRefuseANegativeCountOrRaggedRows() {
        assertThrows(() -> SuppressedTable.of(new long[][] {{1, -1}}));
        assertThrows(() -> SuppressedTable.of(new long[][] {{1, 2}, {3}}));
    }

    @Test
    public void property_noCountFrom1To4IsShownAndEveryShownNumberIsTrue() {
        Random random = new Random(20261201);
        for (int trial = 0; trial < TABLES; trial++) {
            SuppressedTable table = SuppressedTable.of(randomCounts(random));
            for (int row = 0; row <= table.rows(); row++) {
                for (int column = 0; column <= table.columns(); column++) {
                    SuppressedTable.Entry entry = table.entry(row, column);
                    boolean small = entry.count() > 0 && entry.count() < SuppressedTable.SMALLEST_SHOWN;
                    assertThat("trial " + trial, small && entry.shown() == SuppressedTable.Shown.COUNT, is(false));
                    assertThat("trial " + trial, !small && entry.shown() == SuppressedTable.Shown.FEWER_THAN_5,
                            is(false));
                }
            }
        }
    }

    /**
     * Exact, by trying every table: for small tables (up to four counts, each up to 12) every way of filling the hidden
     * counts from 0 to 24 is tried, and each hidden entry must take at least two values among the tables that agree
     * with everything published (shown numbers equal, "fewer than 5" from 1 to 4).
     */
    @Test
    public void property_noHiddenNumberCanBeWorkedOutFromThePublishedOnes() {
        Random random = new Random(17);
        for (int trial = 0; trial < SMALL_TABLES; trial++) {
            int rows = 1 + random.nextInt(2);
            int columns = 1 + random.nextInt(2);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int column = 0; column < columns; column++) {
                    row[column] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(12);
                }
            }
            SuppressedTable table = SuppressedTable.of(counts);

            assertThat("trial " + trial + ": " + Arrays.deepToString(counts), derivable(table), is(List.of()));
        }
    }

    /** In bigger tables, no line of the table (totals included) hides just one number. */
    @Test
    public void property_noLineHidesJustOneNumber() {
        Random random = new Random(4);
        for (int trial = 0; trial < TABLES; trial++) {
            SuppressedTable table = SuppressedTable.of(randomCounts(random));
            for (int row = 0; row <= table.rows(); row++) {
                assertThat("trial " + trial + " row " + row, hiddenIn(table, row, true), is(not(1)));
            }
            for (int column = 0; column <= table.columns(); column++) {
                assertThat("trial " + trial + " column " + column, hiddenIn(table, column, false), is(not(1)));
            }
        }
    }

    /** Up to 6 rows and 5 columns, most counts small, as a small charity's quarter by nation or age looks. */
    private static long[][] randomCounts(Random random) {
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(5);
        long[][] counts = new long[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int kind = random.nextInt(10);
                counts[row][column] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
            }
        }
        return counts;
    }

    private static int hiddenIn(SuppressedTable table, int line, boolean isRow) {
        int hidden = 0;
        int length = isRow ? table.columns() : table.rows();
        for (int other = 0; other <= length; other++) {
            SuppressedTable.Entry entry = isRow ? table.entry(line, other) : table.entry(other, line);
            hidden += entry.shown() == SuppressedTable.Shown.COUNT ? 0 : 1;
        }
        return hidden;
    }

    /** The hidden entries, as "row,column", that every table agreeing with what is published gives one value. */
    private static List<String> derivable(SuppressedTable table) {
        int rows = table.rows();
        int columns = table.columns();
        List<int[]> hiddenCounts = new ArrayList<>();
        long[][] candidate = new long[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                candidate[row][column] = table.entry(row, column).count();
                if (table.entry(row, column).shown() != SuppressedTable.Shown.COUNT) {
                    hiddenCounts.add(new int[] {row, column});
                }
            }
        }
        List<Set<Long>> seen = new ArrayList<>();
        for (int entry = 0; entry < (rows + 1) * (columns + 1); entry++) {
            seen.add(new HashSet<>());
        }
        int tries = (int) Math.pow(TRIED + 1, hiddenCounts.size());
        for (int n = 0; n < tries; n++) {
            int rest = n;
            for (int[] hidden : hiddenCounts) {
                candidate[hidden[0]][hidden[1]] = rest % (TRIED + 1);
                rest /= TRIED + 1;
            }
            long[][] full = withTotals(candidate);
            if (agrees(table, full)) {
                for (int row = 0; row <= rows; row++) {
                    for (int column = 0; column <= columns; column++) {
                        seen.get(row * (columns + 1) + column).add(full[row][column]);
                    }
                }
            }
        }
        List<String> derivable = new ArrayList<>();
        for (int row = 0; row <= rows; row++) {
            for (int column = 0; column <= columns; column++) {
                if (table.entry(row, column).shown() != SuppressedTable.Shown.COUNT
                        && seen.get(row * (columns + 1) + column).size() < 2) {
                    derivable.add(row + "," + column);
                }
            }
        }
        return derivable;
    }

    private static long[][] withTotals(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] full = new long[rows + 1][columns + 1];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                full[row][column] = counts[row][column];
                full[row][columns] += counts[row][column];
                full[rows][column] += counts[row][column];
                full[rows][columns] += counts[row][column];
            }
        }
        return full;
    }

    /** Whether a full table shows what is published: the same shown numbers, "fewer than 5" from 1 to 4. */
    private static boolean agrees(SuppressedTable table, long[][] full) {
        for (int row = 0; row <= table.rows(); row++) {
            for (int column = 0; column <= table.columns(); column++) {
                SuppressedTable.Entry entry = table.entry(row, column);
                long value = full[row][column];
                boolean agrees = switch (entry.shown()) {
                    case COUNT -> value == entry.count();
                    case FEWER_THAN_5 -> value >= 1 && value < SuppressedTable.SMALLEST_SHOWN;
                    case HIDDEN -> true;
                };
                if (!agrees) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void assertThrows(Runnable run) {
        try {
            run.run();
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage(), not(is((String) null)));
            return;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }
}
