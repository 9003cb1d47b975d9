package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.registration.AddressHistory.Stay;
import uk.frontdoor.core.registration.AddressHistory.Verdict;

class AddressHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final LocalDate FIVE_YEARS_AGO = LocalDate.of(2022, 3, 15);

    @Test
    void one_address_from_exactly_five_years_ago_is_enough() {
        assertEquals(Verdict.FINE, AddressHistory.check(List.of(new Stay(FIVE_YEARS_AGO, null)), TODAY, false));
    }

    @Test
    void one_address_from_a_day_less_than_five_years_ago_is_not() {
        assertEquals(Verdict.NOT_FIVE_YEARS,
                AddressHistory.check(List.of(new Stay(FIVE_YEARS_AGO.plusDays(1), null)), TODAY, false));
        assertEquals(Verdict.NOT_FIVE_YEARS, AddressHistory.check(List.of(), TODAY, true));
    }

    @Test
    void a_gap_of_exactly_a_month_needs_no_explanation() {
        var stays = List.of(new Stay(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 5, 10)),
                new Stay(LocalDate.of(2024, 6, 10), null));
        assertEquals(Verdict.FINE, AddressHistory.check(stays, TODAY, false));
    }

    @Test
    void a_gap_a_day_longer_than_a_month_must_be_explained() {
        var stays = List.of(new Stay(LocalDate.of(2024, 6, 11), null),
                new Stay(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 5, 10)));
        assertEquals(Verdict.UNEXPLAINED_GAP, AddressHistory.check(stays, TODAY, false));
        assertEquals(Verdict.FINE, AddressHistory.check(stays, TODAY, true));
    }

    @Test
    void overlapping_addresses_leave_no_gap() {
        var stays = List.of(new Stay(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 1, 1)),
                new Stay(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1)),
                new Stay(LocalDate.of(2026, 1, 15), null));
        assertEquals(Verdict.FINE, AddressHistory.check(stays, TODAY, false));
    }

    @Test
    void addresses_that_stop_more_than_a_month_ago_do_not_say_where_they_live_now() {
        var stays = List.of(new Stay(LocalDate.of(2019, 1, 1), LocalDate.of(2027, 2, 14)));
        assertEquals(Verdict.NOT_UP_TO_DATE, AddressHistory.check(stays, TODAY, true));
        var recent = List.of(new Stay(LocalDate.of(2019, 1, 1), LocalDate.of(2027, 2, 15)));
        assertEquals(Verdict.FINE, AddressHistory.check(recent, TODAY, false));
    }
}
