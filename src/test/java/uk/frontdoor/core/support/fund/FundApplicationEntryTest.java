package uk.frontdoor.core.support.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

class FundApplicationEntryTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private static Map<String, String> approved() {
        Map<String, String> f = new HashMap<>();
        date(f, "appliedOn", "2", "5", "2025");
        f.put("therapyType", "Dyadic developmental psychotherapy");
        f.put("provider", "Family Futures");
        f.put("amount", "£2,500.00");
        f.put("decision", "APPROVED");
        date(f, "decidedOn", "20", "5", "2025");
        date(f, "startsOn", "1", "6", "2025");
        date(f, "endsOn", "30", "11", "2025");
        return f;
    }

    private static void date(Map<String, String> f, String name, String d, String m, String y) {
        f.put(name + "-day", d);
        f.put(name + "-month", m);
        f.put(name + "-year", y);
    }

    private static List<String> problems(Map<String, String> f) {
        return FundApplicationEntry.of(f::get).problems(TODAY).stream().map(Problem::messageKey).toList();
    }

    @Test
    void an_approved_application_with_every_answer_is_kept_with_its_amount_in_pence() {
        FundApplicationEntry entry = FundApplicationEntry.of(approved()::get);
        assertEquals(List.of(), entry.problems(TODAY));
        FundApplication a = entry.application(0, 7, 0);
        assertEquals(250000, a.amountPence());
        assertEquals(LocalDate.of(2025, 11, 30), a.endsOn());
        assertEquals("£2,500.00", a.amount());
    }

    @Test
    void amounts_are_read_as_people_write_money() {
        for (String typed : List.of("2500", "2,500", "£2500.5", "2500.50")) {
            Map<String, String> f = approved();
            f.put("amount", typed);
            assertTrue(FundApplicationEntry.of(f::get).amountPence().isPresent(), typed);
        }
        Map<String, String> f = approved();
        f.put("amount", "2500.5");
        assertEquals(250050, FundApplicationEntry.of(f::get).amountPence().orElseThrow());
    }

    @Test
    void an_amount_must_be_money_more_than_nothing_and_within_the_cap() {
        Map<String, String> f = approved();
        f.put("amount", "two thousand");
        assertEquals(List.of("staff.fund.amount.format"), problems(f));
        f.put("amount", "0");
        assertEquals(List.of("staff.fund.amount.positive"), problems(f));
        f.put("amount", "10000.01");
        assertEquals(List.of("staff.fund.amount.tooMuch"), problems(f));
        f.put("amount", "10000");
        assertEquals(List.of(), problems(f));
        f.put("amount", "");
        assertEquals(List.of("staff.fund.amount.required"), problems(f));
    }

    @Test
    void the_decision_date_is_needed_once_decided_and_cannot_be_before_the_application() {
        Map<String, String> f = approved();
        date(f, "decidedOn", "", "", "");
        assertEquals(List.of("staff.fund.decidedOn.required"), problems(f));
        date(f, "decidedOn", "1", "5", "2025");
        assertEquals(List.of("staff.fund.decidedOn.beforeApplied"), problems(f));
        date(f, "decidedOn", "3", "6", "2025");
        assertEquals(List.of("staff.fund.decidedOn.future"), problems(f));
    }

    @Test
    void a_pending_application_has_no_decision_date_and_no_period_needed() {
        Map<String, String> f = approved();
        f.put("decision", "PENDING");
        assertEquals(List.of("staff.fund.decidedOn.notYet"), problems(f));
        date(f, "decidedOn", "", "", "");
        date(f, "startsOn", "", "", "");
        date(f, "endsOn", "", "", "");
        assertEquals(List.of(), problems(f));
    }

    @Test
    void an_approved_application_needs_a_funded_period_that_ends_after_it_starts() {
        Map<String, String> f = approved();
        date(f, "endsOn", "", "", "");
        assertEquals(List.of("staff.fund.endsOn.required"), problems(f));
        date(f, "endsOn", "1", "6", "2025");
        assertEquals(List.of("staff.fund.endsOn.afterStart"), problems(f));
        date(f, "endsOn", "31", "11", "2025");
        assertEquals(List.of("staff.fund.endsOn.real"), problems(f));
    }

    @Test
    void the_date_applied_the_therapy_and_the_provider_are_required() {
        Map<String, String> f = approved();
        date(f, "appliedOn", "", "", "");
        f.put("therapyType", "");
        f.put("provider", "x".repeat(201));
        f.put("decision", "");
        assertEquals(List.of("staff.fund.appliedOn.required", "staff.fund.therapyType.required",
                "staff.fund.provider.tooLong", "staff.fund.decision.required"), problems(f));
    }

    @Test
    void a_kept_application_fills_the_form_again_for_changing() {
        FundApplication a = FundApplicationEntry.of(approved()::get).application(3, 7, 2);
        FundApplicationEntry again = FundApplicationEntry.from(a);
        assertEquals(List.of(), again.problems(TODAY));
        assertEquals(a, again.application(3, 7, 2));
    }
}
