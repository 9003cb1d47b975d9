package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.registration.Referees.Referee;
import uk.frontdoor.core.registration.Referees.Verdict;

class RefereesTest {
    private static final Referee FRIEND = new Referee(false);
    private static final Referee RELATIVE = new Referee(true);

    @Test
    void three_referees_who_are_not_relatives_are_fine() {
        assertEquals(Verdict.FINE, Referees.check(List.of(FRIEND, FRIEND, FRIEND)));
    }

    @Test
    void one_relative_among_three_is_fine() {
        assertEquals(Verdict.FINE, Referees.check(List.of(RELATIVE, FRIEND, FRIEND)));
        assertEquals(Verdict.FINE, Referees.check(List.of(FRIEND, FRIEND, RELATIVE)));
    }

    @Test
    void two_or_three_relatives_are_too_many() {
        assertEquals(Verdict.TOO_MANY_RELATIVES, Referees.check(List.of(RELATIVE, FRIEND, RELATIVE)));
        assertEquals(Verdict.TOO_MANY_RELATIVES, Referees.check(List.of(RELATIVE, RELATIVE, RELATIVE)));
    }

    @Test
    void fewer_or_more_than_three_is_not_enough_or_too_many() {
        assertEquals(Verdict.NOT_THREE, Referees.check(List.of()));
        assertEquals(Verdict.NOT_THREE, Referees.check(List.of(FRIEND, FRIEND)));
        assertEquals(Verdict.NOT_THREE, Referees.check(List.of(FRIEND, FRIEND, FRIEND, FRIEND)));
    }

    @Test
    void the_count_is_checked_before_the_relatives() {
        assertEquals(Verdict.NOT_THREE, Referees.check(List.of(RELATIVE, RELATIVE)));
    }
}
