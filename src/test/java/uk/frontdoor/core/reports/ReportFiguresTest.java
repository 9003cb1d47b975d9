package uk.frontdoor.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;

/**
 * Every figure of the management information against a small known data set ({@link ReportData}), the expected
 * numbers worked out by hand in its comments: the UK month of a time late on a month's last day, bank holidays in
 * working-day clocks, a clock ending on its due day, an extension, small counts hidden.
 */
@MicronautTest(transactional = false)
class ReportFiguresTest extends AppTest {
    @Inject
    Reports reports;

    @Inject
    ReportData data;

    @Inject
    StaffFixture staff;

    ReportData.Made made;
    StaffMember officer;
    StaffMember manager;

    @BeforeEach
    void known_data() {
        clock.set(Instant.parse("2025-07-15T09:00:00Z"));
        var p = staff.person("Perry Performance", Role.PERFORMANCE_OFFICER);
        officer = new StaffMember(p.id(), p.email(), p.name(), Set.of(Role.PERFORMANCE_OFFICER), Set.of());
        var m = staff.person("Maya Manager", Role.TEAM_MANAGER);
        manager = new StaffMember(m.id(), m.email(), m.name(), Set.of(Role.TEAM_MANAGER), Set.of());
        made = data.make(m.id());
    }

    @AfterEach
    void back_to_now() {
        data.remove(made);
        clock.reset();
    }

    private Reports.Report report(StaffMember me) {
        return ((Result.Done<Reports.Report>) reports.view(me, new Reports.Request("2025-Q2", made.spoke(), null))).value();
    }

    private List<String> row(Reports.Report report, String table, int row) {
        return report.table(table).rows().get(row).stream().map(ReportFiguresTest::text).toList();
    }

    private String n() {
        return "North " + made.north().substring("mi-n-".length());
    }

    private String s() {
        return "South " + made.south().substring("mi-s-".length());
    }

    @Test
    void the_funnel_counts_the_periods_enquiries_by_the_uk_day_and_how_far_each_has_got() {
        var report = report(officer);
        //          enquiries, event, registered, S1 started, S1 done, S2 started, panel, approved; then conversions
        assertEquals(List.of(n(), "3", "1", "2", "2", "1", "1", "0", "0", "33.3", "66.7", "100.0", "50.0", "100.0",
                "0.0", "[x]", "0.0"), row(report, "funnel", 0));
        assertEquals(List.of(s(), "2", "0", "1", "0", "0", "0", "0", "0", "0.0", "50.0", "0.0", "[x]", "[x]", "[x]",
                "[x]", "0.0"), row(report, "funnel", 1));
        assertEquals(List.of("reports.row.all", "5", "1", "3", "2", "1", "1", "0", "0", "20.0", "60.0", "66.7", "50.0",
                "100.0", "0.0", "[x]", "0.0"), row(report, "funnel", 2));
        assertEquals(List.of("reports.quarter:2025-Q2", "5", "1", "3", "2", "1", "1", "0", "0", "20.0", "60.0", "66.7",
                "50.0", "100.0", "0.0", "[x]", "0.0"), row(report, "funnel-by-quarter", 0));
    }

    @Test
    void timeliness_counts_working_days_without_bank_holidays_and_months_to_the_same_day() {
        var report = report(officer);
        // clock, council, ended, in time, share, median, 90th percentile, extended, overdue now
        assertEquals(List.of("reports.clock.ENQUIRY_RESPONSE", "reports.row.all", "4", "3", "75.0", "10", "11", "0", "1"),
                row(report, "timeliness", 0));
        assertEquals(List.of("reports.clock.ENQUIRY_RESPONSE", n(), "3", "3", "100.0", "10", "10", "0", "0"),
                row(report, "timeliness", 1));
        assertEquals(List.of("reports.clock.ENQUIRY_RESPONSE", s(), "1", "0", "0.0", "11", "11", "0", "1"),
                row(report, "timeliness", 2));
        assertEquals(List.of("reports.clock.REGISTRATION_DECISION", "reports.row.all", "2", "2", "100.0", "3", "5", "0",
                "1"), row(report, "timeliness", 3));
        assertEquals(List.of("reports.clock.REGISTRATION_DECISION", s(), "0", "0", "[x]", "[x]", "[x]", "0", "1"),
                row(report, "timeliness", 5));
        assertEquals(List.of("reports.clock.STAGE_ONE", "reports.row.all", "1", "1", "100.0", "61", "61", "0", "0"),
                row(report, "timeliness", 6), "ended on its due day, 2 months on; the extended one is not overdue");
        assertEquals(List.of("reports.clock.STAGE_TWO", "reports.row.all", "1", "0", "0.0", "122", "122", "0", "0"),
                row(report, "timeliness", 9));
    }

    @Test
    void the_cases_overdue_now_link_only_for_those_who_may_open_them() {
        var report = report(officer);
        assertEquals(2, report.table("overdue").rows().size());
        assertEquals(List.of("reports.clock.REGISTRATION_DECISION", s(), "reports.case.journey:" + made.j3(),
                "reports.date:2025-05-28", "48"), row(report, "overdue", 0));
        assertEquals(List.of("reports.clock.ENQUIRY_RESPONSE", s(), "reports.case.item:" + made.e4Item(),
                "reports.date:2025-06-13", "32"), row(report, "overdue", 1));
        assertEquals(null, report.table("overdue").rows().get(0).get(2).href(), "a performance officer opens no case");
        var managers = report(manager);
        assertEquals("/staff/journeys/" + made.j3(), managers.table("overdue").rows().get(0).get(2).href());
        assertEquals("/staff/items/" + made.e4Item(), managers.table("overdue").rows().get(1).get(2).href());
    }

    @Test
    void sources_by_uk_month_and_their_conversion() {
        var report = report(officer);
        assertEquals(List.of("reports.month.4:2025", "reports.month.5:2025", "reports.month.6:2025"),
                report.table("sources-by-month").columns().subList(1, 4).stream()
                        .map(w -> w.code() + ":" + String.join(",", w.args())).toList());
        assertEquals(List.of("enquiry.heardAbout.search-engine", "2", "1", "0", "3"), row(report, "sources-by-month", 0));
        assertEquals(List.of("enquiry.heardAbout.social-media", "1", "0", "0", "1"), row(report, "sources-by-month", 1));
        assertEquals(List.of("enquiry.heardAbout.friend-or-family", "0", "0", "1", "1"),
                row(report, "sources-by-month", 2));
        int sources = Funnel.SOURCES.size();
        assertEquals(List.of("reports.row.all", "3", "1", "1", "5"), row(report, "sources-by-month", sources));
        assertEquals(List.of("reports.row.all", "enquiry.heardAbout.search-engine", "3", "2", "66.7", "0", "0.0"),
                row(report, "sources-conversion", 2 * sources));
    }

    @Test
    void how_people_enquired_by_uk_month_and_its_conversion() {
        var report = report(officer);
        // E1 (1 Apr) and E3 (1 May) online; E2 (14 Apr) and E5 (1 Apr in the UK) by phone; E4 (1 June in the UK) by email
        assertEquals(List.of("reports.col.method", "reports.month.4", "reports.month.5", "reports.month.6",
                "reports.col.total"), report.table("sources-method-by-month").columns().stream().map(w -> w.code())
                .toList());
        assertEquals(List.of("enquiry.method.ONLINE", "1", "1", "0", "2"), row(report, "sources-method-by-month", 0));
        assertEquals(List.of("enquiry.method.PHONE", "2", "0", "0", "2"), row(report, "sources-method-by-month", 1));
        assertEquals(List.of("enquiry.method.EMAIL", "0", "0", "1", "1"), row(report, "sources-method-by-month", 2));
        assertEquals(List.of("enquiry.method.EVENT", "0", "0", "0", "0"), row(report, "sources-method-by-month", 3));
        assertEquals(List.of("enquiry.method.IN_PERSON", "0", "0", "0", "0"),
                row(report, "sources-method-by-month", 4));
        assertEquals(List.of("reports.row.all", "3", "1", "1", "5"), row(report, "sources-method-by-month", 5));
        // council, method, enquiries, registered, share, approved, share: E1 and E2 registered (J1, J2), E5 did not
        assertEquals(List.of(n(), "enquiry.method.ONLINE", "1", "1", "100.0", "0", "0.0"),
                row(report, "sources-method-conversion", 0));
        assertEquals(List.of(n(), "enquiry.method.PHONE", "2", "1", "50.0", "0", "0.0"),
                row(report, "sources-method-conversion", 1));
        assertEquals(List.of(s(), "enquiry.method.EMAIL", "1", "0", "0.0", "0", "0.0"),
                row(report, "sources-method-conversion", 7));
        assertEquals(List.of("reports.row.all", "enquiry.method.ONLINE", "2", "2", "100.0", "0", "0.0"),
                row(report, "sources-method-conversion", 10));
        assertEquals(List.of("reports.row.all", "enquiry.method.EVENT", "0", "0", "[x]", "0", "[x]"),
                row(report, "sources-method-conversion", 13));
    }

    @Test
    void diversity_hides_every_small_count_and_what_would_give_it_away() {
        var report = report(officer);
        var table = report.table("diversity-ethnicity-enquirers");
        assertEquals(List.of("reports.col.answer", "reports.name", "reports.name", "reports.col.total"),
                table.columns().stream().map(w -> w.code()).toList());
        assertEquals(List.of("enquiry.ethnicity.asian", "0", "[c]", "[c]"), row(report, table.key(), 0));
        assertEquals(List.of("enquiry.ethnicity.black", "0", "0", "0"), row(report, table.key(), 1));
        assertEquals(List.of("enquiry.ethnicity.white", "[c]", "0", "[c]"), row(report, table.key(), 3));
        assertEquals(List.of("reports.diversity.notAnswered", "0", "[c]", "[c]"), row(report, table.key(), 6));
        assertEquals(List.of("reports.row.all", "[c]", "[c]", "5"), row(report, table.key(), 7));
        var applicants = report.table("diversity-ethnicity-applicants");
        assertEquals(List.of("reports.row.all", "[c]", "[c]", "[c]"), row(report, applicants.key(), 7));
    }

    @Test
    void queues_support_fund_and_events() {
        var report = report(officer);
        assertEquals(List.of("Reports team " + made.spoke().substring(3), "2", "1", "29"),
                row(report, "queues", 0));
        assertEquals(List.of("support.urgency.urgent", "1", "0", "1"), row(report, "support-by-urgency", 1));
        assertEquals(List.of("support.help.contact", "1", "0", "1"), row(report, "support-by-kind", 1));
        assertEquals(List.of(n(), "2", "1", "£2000.00", "£1500.00"), row(report, "fund", 0));
        assertEquals(List.of(made.spokeName(), "1", "20", "4", "2", "1", "1"), row(report, "events", 0));
    }

    @Test
    void extensions_by_the_kind_of_reason_in_the_period_by_the_uk_day() {
        var report = report(officer);
        // council, all, checks, applicant asked, circumstances, training, agency, other, not recorded: J2's extension
        // at 23:30 UK time on 30 June counts, the one on 1 July does not, the one before kinds is "not recorded"
        assertEquals(List.of("reports.row.all", "2", "0", "1", "0", "0", "0", "0", "1"), row(report, "extensions", 0));
        assertEquals(List.of(n(), "2", "0", "1", "0", "0", "0", "0", "1"), row(report, "extensions", 1));
        assertEquals(List.of(s(), "0", "0", "0", "0", "0", "0", "0", "0"), row(report, "extensions", 2));
    }

    @Test
    void training_per_council_counts_the_people_from_it_on_courses_started_in_the_period() {
        var report = report(officer);
        // council, courses, places, enrolled, attendances, missed: the region's courses are not a council's; the course
        // starting at 00:30 on 1 July (UK) is after the period, so J1's enrolment on it is not counted
        assertEquals(List.of(n(), "[x]", "[x]", "1", "1", "1"), row(report, "training", 1));
        assertEquals(List.of(s(), "[x]", "[x]", "1", "1", "0"), row(report, "training", 2));
    }

    @Test
    void the_quarterly_return_per_council_and_for_all() {
        var report = report(officer);
        assertEquals(List.of("reports.quarter:2025-Q2", n(), "3", "2", "2", "1", "1", "0", "0.0", "100.0", "100.0",
                "100.0", "0.0"), row(report, "quarterly-return", 0));
        assertEquals(List.of("reports.quarter:2025-Q2", "reports.row.all", "5", "3", "2", "1", "1", "0", "0.0", "75.0",
                "100.0", "100.0", "0.0"), row(report, "quarterly-return", 2));
    }

    @Test
    void a_period_that_is_not_offered_or_a_council_outside_the_spoke_is_refused() {
        assertEquals(Result.refused("period", "reports.error.period"),
                reports.view(officer, new Reports.Request("2025-Q5", null, null)));
        assertEquals(Result.refused("council", "reports.error.councilNotInSpoke"),
                reports.view(officer, new Reports.Request("2025-Q2", "south-east", made.north())));
        var p = staff.person("Cas Worker", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        assertEquals(Result.notFound(), reports.view(new StaffMember(p.id(), p.email(), p.name(),
                Set.of(Role.RECRUITMENT_OFFICER), Set.of(staff.team("se-recruitment").id())),
                new Reports.Request("2025-Q2", null, null)));
    }

    /** A cell as a test reads it: a name as itself, other words as their code (and values), figures as written. */
    static String text(Cell c) {
        return switch (c.kind()) {
            case LABEL -> c.label().code().equals("reports.name") ? c.label().args().get(0)
                    : c.label().code() + (c.label().args().isEmpty() ? "" : ":" + String.join(",", c.label().args()));
            case COUNT -> String.valueOf((long) c.value());
            case PERCENT -> String.format(Locale.UK, "%.1f", c.value());
            case DAYS -> c.value() == Math.rint(c.value()) ? String.valueOf((long) c.value()) : String.valueOf(c.value());
            case PENCE -> String.format(Locale.UK, "£%.2f", c.value() / 100);
            case HIDDEN -> "[c]";
            case NONE -> "[x]";
        };
    }
}
