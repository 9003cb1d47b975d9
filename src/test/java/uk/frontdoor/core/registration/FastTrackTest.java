package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.registration.FastTrack.Basis;
import uk.frontdoor.core.registration.FastTrack.Problem;

class FastTrackTest {
    private final LocalDate today = LocalDate.of(2027, 1, 15);

    @Test
    void a_previous_adopter_approved_on_30_december_2005_is_fast_tracked_but_not_one_approved_the_day_before() {
        assertEquals(Optional.of(Problem.APPROVED_TOO_EARLY),
                FastTrack.check(Basis.PREVIOUS_ADOPTER, LocalDate.of(2005, 12, 29), today));
        assertEquals(Optional.empty(), FastTrack.check(Basis.PREVIOUS_ADOPTER, LocalDate.of(2005, 12, 30), today));
    }

    @Test
    void a_previous_adopter_needs_an_approval_date_that_is_not_in_the_future() {
        assertEquals(Optional.of(Problem.APPROVAL_DATE_REQUIRED), FastTrack.check(Basis.PREVIOUS_ADOPTER, null, today));
        assertEquals(Optional.empty(), FastTrack.check(Basis.PREVIOUS_ADOPTER, today, today));
        assertEquals(Optional.of(Problem.APPROVED_IN_FUTURE),
                FastTrack.check(Basis.PREVIOUS_ADOPTER, today.plusDays(1), today));
    }

    @Test
    void an_approved_foster_carer_needs_no_date_and_a_basis_is_required() {
        assertEquals(Optional.empty(), FastTrack.check(Basis.FOSTER_CARER, null, today));
        assertEquals(Optional.of(Problem.BASIS_REQUIRED), FastTrack.check(null, null, today));
    }

    @Test
    void the_history_records_the_basis_and_the_approval_date_in_the_staff_words() {
        ResourceBundle staff = ResourceBundle.getBundle("i18n.staff", Locale.UK);
        Wording adopter = FastTrack.wording(Basis.PREVIOUS_ADOPTER, LocalDate.of(2010, 5, 1));
        assertEquals("Fast track: previous adopter approved in England or Wales on 2010-05-01",
                MessageFormat.format(staff.getString(adopter.code()), adopter.args().toArray()));
        Wording carer = FastTrack.wording(Basis.FOSTER_CARER, null);
        assertEquals("Fast track: approved foster carer", staff.getString(carer.code()));
        assertEquals(List.of(), carer.args());
    }
}
