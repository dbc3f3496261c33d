package org.safeguarding.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attack on published figures by exhaustive search: every way a population of up to {@code most} cases can fall
 * into a few small tables is tried, each is published as the publisher would, and the ways that publish the same
 * thing are grouped. Within a group a reader cannot tell the ways apart, so the lowest and highest value each count
 * takes across the group is exactly what they can work out. A small count (1 to 4) is recovered when that range holds
 * fewer than five values (see {@link Deduction.Range#protectsSmallCounts()}). The tables are counted table by table: any counts of each table that add up as a
 * population's tables do come from some set of cases (each is built and counted again to prove it).
 */
final class DisclosureAttack {
    /** A table: its rows and, for a table of many rows per case, its "none recorded" row (else -1). */
    record Shape(int rows, int noneRow) {
        boolean manyPerCase() {
            return noneRow >= 0;
        }
    }

    /** How a publisher shows one table's counts, and the whole population from its total and its tables' showings. */
    interface Publisher {
        Object table(long[] counts);

        Object population(long cases, List<Object> tables);
    }

    /**
     * A count a reader can narrow to fewer than five values while it may be small: with this many cases, a count at
     * least {@code least} (when it is small), which the reader knows is from {@code lowest} to {@code highest}.
     */
    record Recovered(long cases, String count, long least, long lowest, long highest) {
    }

    private DisclosureAttack() {
    }

    static List<Recovered> run(List<Shape> shapes, Publisher publisher, int most) {
        Map<Object, long[][]> groups = new HashMap<>();
        List<Map.Entry<Object, long[][]>> ways = new ArrayList<>();
        for (long cases = 0; cases <= most; cases++) {
            List<Map<Object, long[][]>> byTable = new ArrayList<>();
            for (Shape shape : shapes) {
                byTable.add(shown(shape, cases, publisher));
            }
            combine(byTable, 0, new ArrayList<>(), new ArrayList<>(), cases, publisher, groups, ways);
        }
        List<Recovered> recovered = new ArrayList<>();
        for (Map.Entry<Object, long[][]> way : ways) {
            long[][] group = groups.get(way.getKey());
            long[][] ranges = way.getValue();
            for (int count = 0; count < ranges.length; count++) {
                boolean small = ranges[count][0] < Deduction.SMALLEST_SAFE && ranges[count][1] >= 1;
                if (small && group[count][1] - group[count][0] < 2 * Deduction.PROTECTION) {
                    recovered.add(new Recovered(ranges[0][0], count == 0 ? "total" : "count " + count,
                            ranges[count][0], group[count][0], group[count][1]));
                }
            }
        }
        return recovered;
    }

    /** Every combination of the tables' showings with this many cases, published, with each count's range. */
    private static void combine(List<Map<Object, long[][]>> byTable, int table, List<Object> shown,
                                List<long[][]> ranges, long cases, Publisher publisher, Map<Object, long[][]> groups,
                                List<Map.Entry<Object, long[][]>> ways) {
        if (table == byTable.size()) {
            List<long[]> all = new ArrayList<>();
            all.add(new long[] {cases, cases});
            ranges.forEach(each -> all.addAll(List.of(each)));
            long[][] way = all.toArray(long[][]::new);
            Object published = publisher.population(cases, List.copyOf(shown));
            groups.merge(published, copy(way), DisclosureAttack::widen);
            ways.add(Map.entry(published, way));
            return;
        }
        for (Map.Entry<Object, long[][]> showing : byTable.get(table).entrySet()) {
            shown.add(showing.getKey());
            ranges.add(showing.getValue());
            combine(byTable, table + 1, shown, ranges, cases, publisher, groups, ways);
            shown.remove(shown.size() - 1);
            ranges.remove(ranges.size() - 1);
        }
    }

    /** Each showing of a table with this many cases, with the range of each row's count across the counts shown so. */
    private static Map<Object, long[][]> shown(Shape shape, long cases, Publisher publisher) {
        Map<Object, long[][]> shown = new LinkedHashMap<>();
        for (long[] counts : counts(shape, cases)) {
            proveCasesGive(shape, cases, counts);
            long[][] ranges = new long[counts.length][];
            for (int row = 0; row < counts.length; row++) {
                ranges[row] = new long[] {counts[row], counts[row]};
            }
            shown.merge(publisher.table(counts), ranges, DisclosureAttack::widen);
        }
        return shown;
    }

    /** Every count a table can have with this many cases. */
    private static List<long[]> counts(Shape shape, long cases) {
        List<long[]> all = new ArrayList<>();
        if (!shape.manyPerCase()) {
            split(new long[shape.rows()], 0, cases, all);
            return all;
        }
        for (long withNone = 0; withNone <= cases; withNone++) {
            List<long[]> typed = new ArrayList<>();
            long rest = cases - withNone;
            everyUpTo(new long[shape.rows() - 1], 0, rest, typed);
            for (long[] rows : typed) {
                long sum = 0;
                for (long row : rows) {
                    sum += row;
                }
                if (sum >= rest) {
                    long[] counts = new long[shape.rows()];
                    for (int row = 0, typedRow = 0; row < shape.rows(); row++) {
                        counts[row] = row == shape.noneRow() ? withNone : rows[typedRow++];
                    }
                    all.add(counts);
                }
            }
        }
        return all;
    }

    private static void split(long[] rows, int row, long left, List<long[]> all) {
        if (row == rows.length - 1) {
            rows[row] = left;
            all.add(rows.clone());
            return;
        }
        for (long here = 0; here <= left; here++) {
            rows[row] = here;
            split(rows, row + 1, left - here, all);
        }
    }

    private static void everyUpTo(long[] rows, int row, long most, List<long[]> all) {
        if (row == rows.length) {
            all.add(rows.clone());
            return;
        }
        for (long here = 0; here <= most; here++) {
            rows[row] = here;
            everyUpTo(rows, row + 1, most, all);
        }
    }

    /**
     * Builds cases with these counts and counts them again: one row each in turn for one row per case; for many, the
     * first cases with none recorded, then each other row given to a run of the typed cases, wrapping round.
     */
    private static void proveCasesGive(Shape shape, long cases, long[] counts) {
        long[] recount = new long[counts.length];
        if (!shape.manyPerCase()) {
            int row = 0;
            long used = 0;
            for (long person = 0; person < cases; person++) {
                while (used == counts[row]) {
                    row++;
                    used = 0;
                }
                recount[row]++;
                used++;
            }
        } else {
            long withNone = counts[shape.noneRow()];
            long typed = cases - withNone;
            recount[shape.noneRow()] = withNone;
            boolean[] hasRow = new boolean[(int) typed];
            long next = 0;
            for (int row = 0; row < counts.length; row++) {
                if (row == shape.noneRow()) {
                    continue;
                }
                for (long given = 0; given < counts[row]; given++) {
                    hasRow[(int) (next % typed)] = true;
                    next++;
                    recount[row]++;
                }
            }
            for (boolean has : hasRow) {
                if (!has) {
                    throw new AssertionError("a typed case was left without a row: " + List.of(counts));
                }
            }
        }
        if (!Arrays.equals(recount, counts)) {
            throw new AssertionError("no cases give " + Arrays.toString(counts));
        }
    }

    private static long[][] widen(long[][] known, long[][] more) {
        long[][] wider = new long[known.length][];
        for (int count = 0; count < known.length; count++) {
            wider[count] = new long[] {Math.min(known[count][0], more[count][0]),
                    Math.max(known[count][1], more[count][1])};
        }
        return wider;
    }

    private static long[][] copy(long[][] ranges) {
        long[][] copy = new long[ranges.length][];
        for (int count = 0; count < ranges.length; count++) {
            copy[count] = ranges[count].clone();
        }
        return copy;
    }
}
