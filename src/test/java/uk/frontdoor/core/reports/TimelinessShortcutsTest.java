package uk.frontdoor.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.time.Times;

/**
 * The two shortcuts the report takes for speed at a million enquiries give what the plain way gives: the UK day of a
 * stored time ({@link Times#ukDay}, every half hour over two years of clock changes, against {@link Times#toUk}), and
 * the most overdue cases listed (against sorting them all), so no figure or listed case changes with them.
 */
class TimelinessShortcutsTest {
    @Test
    void the_uk_day_of_a_stored_time_is_the_one_the_uk_clock_shows_across_every_clock_change() {
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
        while (t.isBefore(LocalDateTime.of(2027, 1, 1, 0, 0))) {
            assertEquals(Times.toUk(t).toLocalDate(), Times.ukDay(t), t.toString());
            t = t.plusMinutes(30);
        }
        assertEquals(LocalDate.of(2025, 6, 1), Times.ukDay(LocalDateTime.of(2025, 5, 31, 23, 30)), "summer: a day on");
        assertEquals(LocalDate.of(2025, 12, 31), Times.ukDay(LocalDateTime.of(2025, 12, 31, 23, 30)), "winter: UTC");
    }

    @Test
    void the_cases_listed_are_the_most_overdue_in_the_order_a_full_sort_gives() {
        Random random = new Random(13);
        List<Timeliness.Overdue> all = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            all.add(new Timeliness.Overdue(Timeliness.Clock.ENQUIRY_RESPONSE, 0, 1, "item", random.nextInt(100_000),
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400))));
        }
        List<Timeliness.Overdue> sorted = all.stream().sorted(Comparator.comparing(Timeliness.Overdue::due)
                .thenComparing(Timeliness.Overdue::id)).limit(Timeliness.OVERDUE_LISTED).toList();
        assertEquals(sorted, Timeliness.mostOverdue(all));
        assertEquals(all.subList(0, 3).stream().sorted(Comparator.comparing(Timeliness.Overdue::due)
                .thenComparing(Timeliness.Overdue::id)).toList(), Timeliness.mostOverdue(all.subList(0, 3)), "fewer than listed");
    }
}
