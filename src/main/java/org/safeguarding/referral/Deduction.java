package org.safeguarding.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a reader can work out from one population's published bands, exactly: the lowest and highest value each count
 * could have, given every table of the population at once. The cases of one population are counted once in each
 * table ({@link Margin#manyPerCase() many per case}: once in each of its rows, or once in "none recorded"), and any
 * set of tables that fits those rules is the count of some set of cases, so the reader's knowledge is exactly: the
 * total N in its band; in a table of one row per case, the rows add up to N; in a table of many rows per case, with M
 * the cases that have a row other than "none recorded" (N minus that row), every other row is at most M and they add
 * up to at least M. Worked out for each N the total's band allows (ten values), table by table.
 *
 * <p>A small count is protected when the reader cannot narrow it to fewer values than a protection interval of two
 * either side holds: the range they can work out for it spans at least four (the "sliding" protection interval of
 * statistical disclosure control, which need not be centred on the count). A range may still show that a count is
 * at least 1; it never shows how many within fewer than five values. The test looks only at what is published, never
 * at the true counts.
 */
public final class Deduction {
    /** How far either side of a small count a reader must remain unsure. */
    public static final int PROTECTION = 2;
    /** The largest count protected. */
    public static final int SMALLEST_SAFE = 5;

    private Deduction() {
    }

    /** A published table: its rows' bands, and for a table of many rows per case, which row is "none recorded". */
    public record Margin(boolean manyPerCase, List<Band> rows, int noneRow) {
        public Margin {
            rows = List.copyOf(rows);
            if (manyPerCase && (noneRow < 0 || noneRow >= rows.size())) {
                throw new IllegalArgumentException("a table of many rows per case needs its none-recorded row");
            }
        }

        public static Margin onePerCase(List<Band> rows) {
            return new Margin(false, rows, -1);
        }

        public static Margin manyPerCase(List<Band> rows, int noneRow) {
            return new Margin(true, rows, noneRow);
        }
    }

    /** The lowest and highest value a count could have. */
    public record Range(long lowest, long highest) {
        Range widen(long low, long high) {
            return new Range(Math.min(lowest, low), Math.max(highest, high));
        }

        /**
         * Whether a small count in this range is protected: when the range allows any count from 1 to 4, it spans at
         * least two either side of one, so the reader is left with at least five values to choose from.
         */
        public boolean protectsSmallCounts() {
            boolean small = lowest < SMALLEST_SAFE && highest >= 1;
            return !small || highest - lowest >= 2 * PROTECTION;
        }
    }

    /** What a reader can work out: the total's range, and each table's rows' ranges (none when nothing fits). */
    public record Knowledge(Range total, List<List<Range>> margins) {
        public boolean protectsSmallCounts() {
            return total.protectsSmallCounts() && margins.stream().flatMap(List::stream)
                    .allMatch(Range::protectsSmallCounts);
        }
    }

    public static Knowledge of(Band total, List<Margin> margins) {
        Range totalRange = null;
        List<List<Range>> ranges = new ArrayList<>();
        margins.forEach(margin -> ranges.add(new ArrayList<>(Collections.nCopies(margin.rows().size(), null))));
        for (long cases = total.from(); cases <= total.to(); cases++) {
            List<List<Range>> atThisTotal = new ArrayList<>();
            for (Margin margin : margins) {
                List<Range> rows = margin.manyPerCase() ? manyPerCase(margin, cases) : onePerCase(margin, cases);
                if (rows == null) {
                    break;
                }
                atThisTotal.add(rows);
            }
            if (atThisTotal.size() < margins.size()) {
                continue;
            }
            totalRange = totalRange == null ? new Range(cases, cases) : totalRange.widen(cases, cases);
            for (int margin = 0; margin < margins.size(); margin++) {
                List<Range> known = ranges.get(margin);
                for (int row = 0; row < known.size(); row++) {
                    Range here = atThisTotal.get(margin).get(row);
                    known.set(row, known.get(row) == null ? here : known.get(row).widen(here.lowest(), here.highest()));
                }
            }
        }
        if (totalRange == null) {
            throw new IllegalArgumentException("no set of cases gives these tables");
        }
        return new Knowledge(totalRange, ranges.stream().map(List::copyOf).toList());
    }

    /** Rows that add up to the total: each row is the total less what the others can add up to. */
    private static List<Range> onePerCase(Margin margin, long cases) {
        return fill(margin.rows(), cases, cases);
    }

    /**
     * Rows of many per case, for each number of cases with none recorded: the others are each at most the rest (M)
     * and add up to at least M.
     */
    private static List<Range> manyPerCase(Margin margin, long cases) {
        Band none = margin.rows().get(margin.noneRow());
        List<Band> others = new ArrayList<>(margin.rows());
        others.remove(margin.noneRow());
        List<Range> known = null;
        for (long withNone = none.from(); withNone <= Math.min(none.to(), cases); withNone++) {
            long rest = cases - withNone;
            List<Range> rows = fill(others, rest, Long.MAX_VALUE, rest);
            if (rows == null) {
                continue;
            }
            List<Range> all = new ArrayList<>(rows);
            all.add(margin.noneRow(), new Range(withNone, withNone));
            known = known == null ? all : widen(known, all);
        }
        return known;
    }

    private static List<Range> fill(List<Band> rows, long least, long most) {
        return fill(rows, least, most, Long.MAX_VALUE);
    }

    /**
     * Each row's range when every row is within its band and at most {@code cap}, and the rows add up to at least
     * {@code least} and at most {@code most}; null when they cannot.
     */
    private static List<Range> fill(List<Band> rows, long least, long most, long cap) {
        long low = 0;
        long high = 0;
        for (Band band : rows) {
            if (band.from() > cap) {
                return null;
            }
            low += band.from();
            high += Math.min(band.to(), cap);
        }
        if (high < least || low > most) {
            return null;
        }
        List<Range> ranges = new ArrayList<>();
        for (Band band : rows) {
            long top = Math.min(band.to(), cap);
            long othersLow = low - band.from();
            long othersHigh = high - top;
            ranges.add(new Range(Math.max(band.from(), least - othersHigh), Math.min(top, most - othersLow)));
        }
        return ranges;
    }

    private static List<Range> widen(List<Range> known, List<Range> more) {
        List<Range> wider = new ArrayList<>();
        for (int row = 0; row < known.size(); row++) {
            wider.add(known.get(row).widen(more.get(row).lowest(), more.get(row).highest()));
        }
        return wider;
    }
}
