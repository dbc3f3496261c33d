package org.safeguarding.referral;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a reader can work out from published bands, found the slow way: for each possible total, every sum the other
 * rows of a table can make is listed, and a row's value is possible when some such sum completes the table. Written
 * apart from {@link Deduction} to check it.
 */
final class ExhaustiveDeduction {
    private ExhaustiveDeduction() {
    }

    /** The ranges, or null when no set of cases gives these tables. */
    static Deduction.Knowledge of(Band total, List<Deduction.Margin> margins) {
        long[] totalRange = null;
        long[][][] ranges = new long[margins.size()][][];
        for (long cases = total.from(); cases <= total.to(); cases++) {
            long[][][] here = new long[margins.size()][][];
            boolean fits = true;
            for (int table = 0; table < margins.size() && fits; table++) {
                here[table] = possible(margins.get(table), cases);
                fits = here[table] != null;
            }
            if (!fits) {
                continue;
            }
            totalRange = widen(totalRange, cases, cases);
            for (int table = 0; table < margins.size(); table++) {
                if (ranges[table] == null) {
                    ranges[table] = new long[here[table].length][];
                }
                for (int row = 0; row < here[table].length; row++) {
                    ranges[table][row] = widen(ranges[table][row], here[table][row][0], here[table][row][1]);
                }
            }
        }
        if (totalRange == null) {
            return null;
        }
        List<List<Deduction.Range>> known = new ArrayList<>();
        for (long[][] table : ranges) {
            List<Deduction.Range> rows = new ArrayList<>();
            for (long[] row : table) {
                rows.add(new Deduction.Range(row[0], row[1]));
            }
            known.add(rows);
        }
        return new Deduction.Knowledge(new Deduction.Range(totalRange[0], totalRange[1]), known);
    }

    /** Each row's lowest and highest possible value with this many cases, or null when the table cannot be. */
    private static long[][] possible(Deduction.Margin margin, long cases) {
        int rows = margin.rows().size();
        long[][] found = new long[rows][];
        if (!margin.manyPerCase()) {
            for (int row = 0; row < rows; row++) {
                BitSet others = sums(margin.rows(), row, -1, Long.MAX_VALUE);
                Band band = margin.rows().get(row);
                for (long value = band.from(); value <= band.to(); value++) {
                    if (cases - value >= 0 && others.get((int) (cases - value))) {
                        found[row] = widen(found[row], value, value);
                    }
                }
            }
            return complete(found);
        }
        Band none = margin.rows().get(margin.noneRow());
        for (long withNone = none.from(); withNone <= Math.min(none.to(), cases); withNone++) {
            long typed = cases - withNone;
            boolean fits = rows == 1 && typed == 0;
            for (int row = 0; row < rows; row++) {
                if (row == margin.noneRow()) {
                    continue;
                }
                BitSet others = sums(margin.rows(), row, margin.noneRow(), typed);
                Band band = margin.rows().get(row);
                for (long value = band.from(); value <= Math.min(band.to(), typed); value++) {
                    // The others can make a sum of at least what is left of the typed cases.
                    if (!others.isEmpty() && others.length() - 1 >= typed - value) {
                        found[row] = widen(found[row], value, value);
                        fits = true;
                    }
                }
            }
            if (fits) {
                found[margin.noneRow()] = widen(found[margin.noneRow()], withNone, withNone);
            }
        }
        return complete(found);
    }

    /** Every sum the rows other than {@code skip} and {@code alsoSkip} make, each row within its band and the cap. */
    private static BitSet sums(List<Band> bands, int skip, int alsoSkip, long cap) {
        BitSet sums = new BitSet();
        sums.set(0);
        for (int row = 0; row < bands.size(); row++) {
            if (row == skip || row == alsoSkip) {
                continue;
            }
            Band band = bands.get(row);
            BitSet next = new BitSet();
            for (int sum = sums.nextSetBit(0); sum >= 0; sum = sums.nextSetBit(sum + 1)) {
                for (long value = band.from(); value <= Math.min(band.to(), cap); value++) {
                    next.set((int) (sum + value));
                }
            }
            sums = next;
        }
        return sums;
    }

    private static long[][] complete(long[][] found) {
        for (long[] row : found) {
            if (row == null) {
                return null;
            }
        }
        return found;
    }

    private static long[] widen(long[] range, long low, long high) {
        return range == null ? new long[] {low, high} : new long[] {Math.min(range[0], low), Math.max(range[1], high)};
    }
}
