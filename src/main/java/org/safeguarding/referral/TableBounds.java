package org.safeguarding.referral;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * What a reader can know about a table whose lines add up (each row's counts to its total in the last column, each
 * column's to its total in the last row) when each entry is known only to lie between two bounds: whether some table
 * within the bounds gives an entry another value. Multiplying the last row and the last column by -1 turns every line
 * into a sum of 0, so the tables within the bounds are exactly the circulations of a bipartite network (row to column,
 * one edge per entry) with those bounds on its edges; one is found, or shown not to exist, by the classic reduction of
 * lower bounds to a maximum flow. The network's matrix is totally unimodular, so the values an entry can take form an
 * interval of whole numbers: it can differ from its value exactly when one more or one less is possible.
 */
final class TableBounds {
    private final int rows;
    private final int columns;
    private final long[][] low;
    private final long[][] high;

    /** A table of this many rows and columns, totals included, every entry unbounded until set. */
    TableBounds(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        low = new long[rows][columns];
        high = new long[rows][columns];
    }

    void fix(int row, int column, long value) {
        between(row, column, value, value);
    }

    void between(int row, int column, long least, long most) {
        low[row][column] = least;
        high[row][column] = most;
    }

    /** Whether a table within the bounds gives the entry a value other than this one. */
    boolean canDifferFrom(int row, int column, long value) {
        return feasibleWith(row, column, value + 1) || feasibleWith(row, column, value - 1);
    }

    private boolean feasibleWith(int fixedRow, int fixedColumn, long value) {
        if (value < low[fixedRow][fixedColumn] || value > high[fixedRow][fixedColumn]) {
            return false;
        }
        int source = rows + columns;
        int sink = source + 1;
        long[][] capacity = new long[sink + 1][sink + 1];
        long[] supply = new long[rows];
        long[] demand = new long[columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                boolean fixed = row == fixedRow && column == fixedColumn;
                long least = fixed ? value : low[row][column];
                long most = fixed ? value : high[row][column];
                // The entry's flow is its value, turned negative in the last row or column (but not in both).
                boolean turned = (row == rows - 1) != (column == columns - 1);
                long lower = turned ? -most : least;
                long upper = turned ? -least : most;
                capacity[row][rows + column] = upper - lower;
                supply[row] -= lower;
                demand[column] -= lower;
            }
        }
        long needed = 0;
        for (int row = 0; row < rows; row++) {
            if (supply[row] < 0) {
                return false;
            }
            capacity[source][row] = supply[row];
            needed += supply[row];
        }
        for (int column = 0; column < columns; column++) {
            if (demand[column] < 0) {
                return false;
            }
            capacity[rows + column][sink] = demand[column];
        }
        return maximumFlow(capacity, source, sink) == needed;
    }

    /** Edmonds and Karp: augmenting paths found breadth first, on a network of a few dozen nodes. */
    private static long maximumFlow(long[][] capacity, int source, int sink) {
        int nodes = capacity.length;
        long flow = 0;
        int[] cameFrom = new int[nodes];
        while (true) {
            Arrays.fill(cameFrom, -1);
            cameFrom[source] = source;
            Deque<Integer> next = new ArrayDeque<>();
            next.add(source);
            while (!next.isEmpty() && cameFrom[sink] < 0) {
                int node = next.poll();
                for (int other = 0; other < nodes; other++) {
                    if (cameFrom[other] < 0 && capacity[node][other] > 0) {
                        cameFrom[other] = node;
                        next.add(other);
                    }
                }
            }
            if (cameFrom[sink] < 0) {
                return flow;
            }
            long bottleneck = Long.MAX_VALUE;
            for (int node = sink; node != source; node = cameFrom[node]) {
                bottleneck = Math.min(bottleneck, capacity[cameFrom[node]][node]);
            }
            for (int node = sink; node != source; node = cameFrom[node]) {
                capacity[cameFrom[node]][node] -= bottleneck;
                capacity[node][cameFrom[node]] += bottleneck;
            }
            flow += bottleneck;
        }
    }
}
