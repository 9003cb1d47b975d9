package uk.frontdoor.core.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression of a table of counts with its totals (docs/reports.md). Pure.
 *
 * <p>The table is given without totals; a total is added for each row, each column and the whole. <b>Primary</b>: a
 * count from 1 to 4, a total included, is hidden (0 is shown: it says no one). <b>Secondary</b>: every row and every
 * column (its total being one of its members, as the sum of the others) must hide either none or at least two of its
 * members, or the one hidden could be worked out by subtraction; so while a line hides exactly one, the smallest shown
 * member of that line is hidden too (an inner cell before the line's total), until no line gives one away.
 */
public final class Suppression {
    /** Counts below this (and above zero) are never shown. */
    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A table with its totals: {@code values[r][c]}, the last row and the last column being the totals. */
    public record Grid(long[][] values, boolean[][] hidden) {
        public int rows() {
            return values.length;
        }

        public int columns() {
            return values[0].length;
        }

        public boolean isHidden(int row, int column) {
            return hidden[row][column];
        }

        public long value(int row, int column) {
            return values[row][column];
        }
    }

    public static Grid apply(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[][] v = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                v[r][c] = counts[r][c];
                v[r][columns] += counts[r][c];
                v[rows][c] += counts[r][c];
                v[rows][columns] += counts[r][c];
            }
        }
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = v[r][c] > 0 && v[r][c] < THRESHOLD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<int[]> line : lines(rows + 1, columns + 1)) {
                changed |= protect(line, v, hidden);
            }
        }
        return new Grid(v, hidden);
    }

    /** Hides one more member of a line that hides exactly one; true if it did. */
    private static boolean protect(List<int[]> line, long[][] v, boolean[][] hidden) {
        if (line.stream().filter(p -> hidden[p[0]][p[1]]).count() != 1) {
            return false;
        }
        int[] pick = null;
        for (int i = 0; i < line.size(); i++) {
            int[] p = line.get(i);
            boolean total = i == line.size() - 1;
            if (hidden[p[0]][p[1]] || (total && pick != null)) {
                continue;
            }
            if (pick == null || v[p[0]][p[1]] < v[pick[0]][pick[1]]) {
                pick = p;
            }
        }
        if (pick == null) {
            return false; // a line of one member: nothing else to hide (and nothing to subtract from)
        }
        hidden[pick[0]][pick[1]] = true;
        return true;
    }

    /** Every row and every column of the grid, each ending with its total. */
    private static List<List<int[]>> lines(int rows, int columns) {
        List<List<int[]>> lines = new ArrayList<>();
        if (columns > 1) {
            for (int r = 0; r < rows; r++) {
                List<int[]> line = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    line.add(new int[] {r, c});
                }
                lines.add(line);
            }
        }
        if (rows > 1) {
            for (int c = 0; c < columns; c++) {
                List<int[]> line = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    line.add(new int[] {r, c});
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
