package uk.frontdoor.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** No count under 5 is shown, and none can be worked out from the totals and the counts that are shown. */
class SuppressionTest {

    @Test
    void counts_of_five_and_more_and_zeros_are_shown_with_their_totals() {
        var grid = Suppression.apply(new long[][] {{5, 0}, {12, 7}});
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertFalse(grid.isHidden(r, c), r + "," + c);
            }
        }
        assertEquals(5, grid.value(0, 2));
        assertEquals(17, grid.value(2, 0));
        assertEquals(24, grid.value(2, 2));
    }

    @Test
    void a_small_count_hides_the_smallest_count_beside_it_in_its_row_and_its_column() {
        // 3 | 10 | 13
        // 7 | 12 | 19
        // 10| 22 | 32
        var grid = Suppression.apply(new long[][] {{3, 10}, {7, 12}});
        assertTrue(grid.isHidden(0, 0), "the 3 itself");
        assertTrue(grid.isHidden(0, 1), "the 10: else 13 - 10 gives the 3");
        assertTrue(grid.isHidden(1, 0), "the 7: else 10 - 7 gives the 3");
        assertTrue(grid.isHidden(1, 1), "the 12: else 19 - 12 gives the 7");
        assertFalse(grid.isHidden(2, 2), "the grand total says nothing on its own");
        assertFalse(grid.isHidden(0, 2));
        assertFalse(grid.isHidden(2, 0));
    }

    @Test
    void a_small_total_is_hidden_and_its_members_protect_it() {
        // one column: 2 and 0 in two rows; total 2
        var grid = Suppression.apply(new long[][] {{2}, {0}});
        assertTrue(grid.isHidden(0, 0));
        assertTrue(grid.isHidden(2, 0), "the total is 2, under 5");
        assertFalse(grid.isHidden(1, 0), "two are hidden in the column already");
    }

    @Test
    void in_any_table_no_small_count_shows_and_no_line_hides_exactly_one() {
        Random random = new Random(13);
        for (int n = 0; n < 2000; n++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] counts = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
                }
            }
            var grid = Suppression.apply(counts);
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    long v = grid.value(r, c);
                    if (v > 0 && v < 5) {
                        assertTrue(grid.isHidden(r, c), "a count of " + v + " shown");
                    }
                }
            }
            if (grid.columns() > 2) {
                for (int r = 0; r < grid.rows(); r++) {
                    int hidden = 0;
                    for (int c = 0; c < grid.columns(); c++) {
                        hidden += grid.isHidden(r, c) ? 1 : 0;
                    }
                    assertTrue(hidden != 1, "row " + r + " of table " + n + " hides one count: it can be worked out");
                }
            }
            if (grid.rows() > 2) {
                for (int c = 0; c < grid.columns(); c++) {
                    int hidden = 0;
                    for (int r = 0; r < grid.rows(); r++) {
                        hidden += grid.isHidden(r, c) ? 1 : 0;
                    }
                    assertTrue(hidden != 1, "column " + c + " of table " + n + " hides one count: it can be worked out");
                }
            }
        }
    }

    @Test
    void a_share_of_those_who_answered_is_shown_only_when_it_gives_no_hidden_count_away() {
        var disability = uk.frontdoor.core.enquiry.EnquiryStep.EQUALITY.questions().get(3); // yes, no, prefer not
        // rows yes, no, prefer not to say, not answered; two councils: none hidden. Answered: 90 - 10 - 19 = 61
        var shown = Suppression.apply(new long[][] {{6, 5}, {20, 30}, {5, 5}, {10, 9}});
        assertEquals(100.0 * 11 / 61, Diversity.answeredShare(shown, disability, 0).value(), 1e-9);
        assertEquals(100.0 * 50 / 61, Diversity.answeredShare(shown, disability, 1).value(), 1e-9);
        // "not answered" hidden (3): the number who answered could not be worked out, so no share is shown
        var hidden = Suppression.apply(new long[][] {{6, 5}, {20, 30}, {5, 5}, {3, 0}});
        assertEquals(Cell.Kind.HIDDEN, Diversity.answeredShare(hidden, disability, 1).kind());
    }
}
