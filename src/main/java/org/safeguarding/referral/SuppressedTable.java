package org.safeguarding.referral;

import java.util.Optional;

/**
 * A table of counts with its row and column totals, as published for trustees and commissioners, so that no small
 * number, and no hidden number someone could work out from what is published, identifies a person. Every count, total
 * or grand total from 1 to 4 is shown as "fewer than 5" (primary suppression); zero is shown, as it identifies nobody.
 * Then, while any hidden number could be worked out from the published ones (every line adds up, and a "fewer than
 * 5" is from 1 to 4), more numbers are hidden (secondary suppression): a rectangle of entries through it, the three
 * new ones costing least (small counts rather than totals, and numbers of at least 1, so the rectangle can move
 * either way). A hidden number can be worked out exactly when no other table with the same published numbers gives
 * it another value; {@link TableBounds} answers that exactly, as a flow problem.
 */
public final class SuppressedTable {
    /** The smallest count shown as it is. */
    public static final int SMALLEST_SHOWN = 5;
    /** What choosing an entry of 0 costs: hidden only when no other entry can close the rectangle. */
    private static final long ZERO_COST = 1_000_000L;

    /** How an entry is published. */
    public enum Shown {
        COUNT,
        /** From 1 to 4. */
        FEWER_THAN_5,
        /** Hidden so that no hidden small number can be worked out from the rest; any size. */
        HIDDEN
    }

    /** One entry: its true count (never to be published when hidden) and how it is shown. */
    public record Entry(long count, Shown shown) {
    }

    private final long[][] counts;
    private final Shown[][] shown;

    private SuppressedTable(long[][] counts, Shown[][] shown) {
        this.counts = counts;
        this.shown = shown;
    }

    /** The table of these counts (rows of equal length, at least one row and one column, none negative). */
    public static SuppressedTable of(long[][] interior) {
        int rows = interior.length;
        int columns = interior[0].length;
        long[][] counts = new long[rows + 1][columns + 1];
        for (int row = 0; row < rows; row++) {
            if (interior[row].length != columns) {
                throw new IllegalArgumentException("every row needs " + columns + " counts");
            }
            for (int column = 0; column < columns; column++) {
                long count = interior[row][column];
                if (count < 0) {
                    throw new IllegalArgumentException("a count cannot be negative: " + count);
                }
                counts[row][column] = count;
                counts[row][columns] += count;
                counts[rows][column] += count;
                counts[rows][columns] += count;
            }
        }
        Shown[][] shown = new Shown[rows + 1][columns + 1];
        for (int row = 0; row <= rows; row++) {
            for (int column = 0; column <= columns; column++) {
                long count = counts[row][column];
                shown[row][column] = count > 0 && count < SMALLEST_SHOWN ? Shown.FEWER_THAN_5 : Shown.COUNT;
            }
        }
        SuppressedTable table = new SuppressedTable(counts, shown);
        for (Optional<int[]> known = table.workedOut(); known.isPresent(); known = table.workedOut()) {
            if (!table.hideRectangleThrough(known.get()[0], known.get()[1])) {
                break;
            }
        }
        return table;
    }

    /** Rows of counts, without the totals row. */
    public int rows() {
        return counts.length - 1;
    }

    /** Columns of counts, without the totals column. */
    public int columns() {
        return counts[0].length - 1;
    }

    /** An entry; {@code row == rows()} is the totals row and {@code column == columns()} the totals column. */
    public Entry entry(int row, int column) {
        return new Entry(counts[row][column], shown[row][column]);
    }

    private boolean hidden(int row, int column) {
        return shown[row][column] != Shown.COUNT;
    }

    /** A hidden entry whose number the published ones give away, as {row, column}; empty when there is none. */
    private Optional<int[]> workedOut() {
        TableBounds bounds = new TableBounds(counts.length, counts[0].length);
        long most = 2 * counts[counts.length - 1][counts[0].length - 1] + SMALLEST_SHOWN;
        for (int row = 0; row < counts.length; row++) {
            for (int column = 0; column < counts[0].length; column++) {
                switch (shown[row][column]) {
                    case COUNT -> bounds.fix(row, column, counts[row][column]);
                    case FEWER_THAN_5 -> bounds.between(row, column, 1, SMALLEST_SHOWN - 1);
                    case HIDDEN -> bounds.between(row, column, 0, most);
                }
            }
        }
        for (int row = 0; row < counts.length; row++) {
            for (int column = 0; column < counts[0].length; column++) {
                if (hidden(row, column) && !bounds.canDifferFrom(row, column, counts[row][column])) {
                    return Optional.of(new int[] {row, column});
                }
            }
        }
        return Optional.empty();
    }

    /** Hides the cheapest rectangle through the entry that hides anything new; false when every one is hidden. */
    private boolean hideRectangleThrough(int row, int column) {
        long cheapest = Long.MAX_VALUE;
        int[] best = null;
        for (int otherRow = 0; otherRow < counts.length; otherRow++) {
            for (int otherColumn = 0; otherColumn < counts[0].length; otherColumn++) {
                if (otherRow == row || otherColumn == column) {
                    continue;
                }
                long cost = cost(row, otherColumn) + cost(otherRow, column) + cost(otherRow, otherColumn);
                if (cost > 0 && cost < cheapest) {
                    cheapest = cost;
                    best = new int[] {otherRow, otherColumn};
                }
            }
        }
        if (best == null) {
            return false;
        }
        hide(row, best[1]);
        hide(best[0], column);
        hide(best[0], best[1]);
        return true;
    }

    /** What hiding one more entry costs: nothing when it is hidden already, else its count (0 costs most). */
    private long cost(int row, int column) {
        if (hidden(row, column)) {
            return 0;
        }
        return counts[row][column] == 0 ? ZERO_COST : counts[row][column];
    }

    private void hide(int row, int column) {
        if (!hidden(row, column)) {
            shown[row][column] = Shown.HIDDEN;
        }
    }
}
