package uk.frontdoor.core.support.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.support.fund.FundDeadlines.Attention;

class FundDeadlinesTest {
    private static final WorkingDays CALENDAR = new WorkingDays(List.of(LocalDate.of(2025, 8, 25)));
    private static final FundDeadlines RULE = new FundDeadlines(10, 20);
    private static final LocalDate MONDAY = LocalDate.of(2025, 8, 4);

    private static FundApplication approved(long id, LocalDate applied, LocalDate ends) {
        return new FundApplication(id, 1, applied, "Therapy", "Provider", 100000, FundDecision.APPROVED, applied,
                applied, ends, 0);
    }

    private static FundApplication pending(long id, LocalDate applied) {
        return new FundApplication(id, 1, applied, "Therapy", "Provider", 100000, FundDecision.PENDING, null, null,
                null, 0);
    }

    private static Optional<Attention> attention(FundApplication a, FundApplication... all) {
        return RULE.attention(a, List.of(all), MONDAY, CALENDAR);
    }

    @Test
    void funded_therapy_ending_within_the_renewal_window_needs_a_renewal() {
        FundApplication endsIn10 = approved(1, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 18));
        assertEquals(Optional.of(Attention.RENEWAL_DUE), attention(endsIn10, endsIn10));
        FundApplication endsIn11 = approved(1, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 19));
        assertEquals(Optional.empty(), attention(endsIn11, endsIn11));
        FundApplication endsToday = approved(1, LocalDate.of(2025, 3, 1), MONDAY);
        assertEquals(Optional.of(Attention.RENEWAL_DUE), attention(endsToday, endsToday));
    }

    @Test
    void therapy_that_has_ended_or_was_renewed_needs_nothing() {
        FundApplication ended = approved(1, LocalDate.of(2025, 3, 1), MONDAY.minusDays(1));
        assertEquals(Optional.empty(), attention(ended, ended));
        FundApplication ending = approved(1, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 11));
        FundApplication renewal = pending(2, LocalDate.of(2025, 7, 30));
        assertEquals(Optional.empty(), attention(ending, ending, renewal));
        FundApplication refusedRenewal = new FundApplication(3, 1, LocalDate.of(2025, 7, 30), "Therapy", "Provider",
                100000, FundDecision.REFUSED, LocalDate.of(2025, 8, 1), null, null, 0);
        assertEquals(Optional.of(Attention.RENEWAL_DUE), attention(ending, ending, refusedRenewal),
                "a refused renewal does not keep the therapy going");
    }

    @Test
    void a_decision_awaited_for_the_pending_window_needs_chasing_counting_working_days() {
        // 20 working days before Monday 4 August 2025 is Monday 7 July
        assertEquals(Optional.of(Attention.DECISION_AWAITED), attention(pending(1, LocalDate.of(2025, 7, 7))));
        assertEquals(Optional.empty(), attention(pending(1, LocalDate.of(2025, 7, 8))));
    }

    @Test
    void a_refused_application_needs_nothing() {
        FundApplication refused = new FundApplication(1, 1, LocalDate.of(2025, 1, 1), "Therapy", "Provider", 100000,
                FundDecision.REFUSED, LocalDate.of(2025, 2, 1), null, null, 0);
        assertEquals(Optional.empty(), attention(refused, refused));
    }
}
