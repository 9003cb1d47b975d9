package uk.frontdoor.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * An administrator brings in the next years' bank holidays from GOV.UK's file, so that every target and statutory
 * clock keeps counting working days rightly; and every member of staff is warned when fewer than 12 months of
 * holidays are known. The files here speak only for 2036 to 2038, after every holiday the migrations seed (to 2035),
 * and each test starts and ends with none of those years known.
 */
@MicronautTest(transactional = false)
public class BringingInBankHolidaysTest extends AppTest {
    private static final String PAGE = "/staff/admin/bank-holidays";

    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;
    @Inject
    BankHolidays holidays;

    @BeforeEach
    @AfterEach
    void onlyTheSeededYears() {
        sql.update("DELETE FROM bank_holiday WHERE holiday_date > '2035-12-31'");
        holidays.reload();
        clock.reset();
    }

    /** A file in GOV.UK's format: England and Wales with these events, and Scotland (which must be ignored). */
    public static byte[] govukFile(String... englandAndWales) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < englandAndWales.length; i += 2) {
            events.append(i == 0 ? "" : ",").append("{\"title\":\"").append(englandAndWales[i + 1])
                    .append("\",\"date\":\"").append(englandAndWales[i]).append("\",\"notes\":\"\",\"bunting\":true}");
        }
        return ("{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[" + events + "]},"
                + "\"scotland\":{\"division\":\"scotland\",\"events\":[{\"title\":\"St Andrew’s Day\","
                + "\"date\":\"2036-12-01\",\"notes\":\"\",\"bunting\":true}]}}").getBytes(StandardCharsets.UTF_8);
    }

    private WebClient admin() {
        return staff.signIn(client(), staff.person("Ada Admin", Role.ADMINISTRATOR));
    }

    private List<String> known(String from, String to) {
        return sql.list("SELECT CONCAT(holiday_date, ' ', name) FROM bank_holiday WHERE holiday_date BETWEEN ? AND ? "
                + "ORDER BY holiday_date", rs -> rs.getString(1), from, to);
    }

    @Test
    void an_upload_adds_england_and_wales_holidays_which_the_working_days_then_skip_and_is_audited() {
        var person = staff.person("Ada Admin", Role.ADMINISTRATOR);
        long adminId = person.id();
        WebClient admin = staff.signIn(client(), person);
        var form = admin.get(PAGE);
        assertEquals(200, form.status());
        var sent = admin.upload(PAGE, Map.of(), "file", "bank-holidays.json", govukFile(
                "2036-01-01", "New Year’s Day", "2036-12-25", "Christmas Day", "2036-12-26", "Boxing Day"), true);
        assertEquals(303, sent.status(), sent.body());
        var after = admin.open(sent.location());
        assertTrue(after.body().contains("Bank holidays brought in: 3 added, 0 renamed, 0 removed."), after.body());
        assertEquals(List.of("2036-01-01 New Year’s Day", "2036-12-25 Christmas Day", "2036-12-26 Boxing Day"),
                known("2036-01-01", "2036-12-31"), "Scotland's St Andrew's Day is not an England and Wales holiday");
        assertFalse(holidays.calendar().isWorkingDay(LocalDate.parse("2036-12-26")), "a Friday, now a bank holiday");
        assertTrue(holidays.calendar().isWorkingDay(LocalDate.parse("2036-12-01")), "St Andrew's Day is worked");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BANK_HOLIDAYS' "
                + "AND subject_type = 'BANK_HOLIDAYS' AND actor_type = 'STAFF' AND actor_id = ? "
                + "AND detail LIKE '%2036-01-01 to 2036-12-26: 3 added%'", adminId));

        clock.set(LocalDate.parse("2036-06-01").atStartOfDay().toInstant(ZoneOffset.UTC));
        var list = admin().get(PAGE).html(); // signed in again: ten years on, the last session has long expired
        assertEquals(List.of("25 December 2036", "26 December 2036"), WebClient.texts(list, "#bank-holidays tbody td:first-child"),
                "only the holidays still to come are listed");
    }

    @Test
    void a_file_that_overlaps_replaces_only_the_dates_it_speaks_for() {
        WebClient admin = admin();
        admin.upload(PAGE, Map.of(), "file", "2036-2037.json", govukFile("2036-05-05", "Early May bank holiday",
                "2036-12-25", "Christmas Day", "2037-05-04", "Early May bank holiday", "2037-12-25", "Christmas Day"), true);
        // the next file, 2037 to 2038: May's holiday moved to the 8th (as in 2020), Christmas renamed
        var sent = admin.upload(PAGE, Map.of(), "file", "2037-2038.json", govukFile("2037-01-01", "New Year’s Day", "2037-05-08", "Early May bank holiday (VE day)",
                "2037-12-25", "Christmas Day (observed)", "2038-12-27", "Christmas Day"), true);
        assertEquals(303, sent.status());
        String shown = admin.open(sent.location()).body();
        assertTrue(shown.contains("3 added, 1 renamed, 1 removed"), shown);
        assertEquals(List.of("2036-05-05 Early May bank holiday", "2036-12-25 Christmas Day",
                        "2037-01-01 New Year’s Day", "2037-05-08 Early May bank holiday (VE day)", "2037-12-25 Christmas Day (observed)",
                        "2038-12-27 Christmas Day"), known("2036-01-01", "2038-12-31"),
                "2036 is outside the second file and kept; 4 May 2037 is inside it, not listed, and so gone");
        assertTrue(holidays.calendar().isWorkingDay(LocalDate.parse("2037-05-04")), "the moved holiday's old date is worked");
    }

    @Test
    void a_file_that_is_not_govuks_is_refused_with_a_clear_message_and_changes_nothing() {
        var person = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient admin = staff.signIn(client(), person);
        List<String> before = known("2000-01-01", "2099-12-31");
        Map<String, String> files = Map.of(
                "this is not json", "The selected file must be GOV.UK’s bank holidays file (bank-holidays.json)",
                "{\"scotland\":{\"division\":\"scotland\",\"events\":[]}}",
                "The selected file must have the England and Wales bank holidays in it",
                "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[]}}",
                "The selected file has no England and Wales bank holidays in it",
                "{\"england-and-wales\":{\"events\":[{\"title\":\"Boxing Day\",\"date\":\"26/12/2036\"}]}}",
                "The selected file has a holiday without a name or a date in the form 2027-12-27",
                "{\"england-and-wales\":{\"events\":[{\"title\":\"A\",\"date\":\"2036-12-26\"},{\"title\":\"B\",\"date\":\"2036-12-26\"}]}}",
                "The selected file has two holidays on the same date");
        files.forEach((content, message) -> {
            var page = admin.upload(PAGE, Map.of(), "file", "bank-holidays.json", content.getBytes(StandardCharsets.UTF_8), true);
            assertEquals(422, page.status(), content);
            assertEquals(List.of(message), page.errorSummary(), content);
            assertEquals(message, page.inlineError("file"), content);
        });
        var none = admin.post(PAGE, Map.of());
        assertEquals(422, none.status());
        assertEquals(List.of("Select the bank holidays file"), none.errorSummary());
        assertEquals(before, known("2000-01-01", "2099-12-31"), "nothing was changed by any of them");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BANK_HOLIDAYS' AND actor_id = ?",
                person.id()));
    }

    @Test
    void an_upload_without_the_forms_token_is_refused() {
        WebClient admin = admin();
        admin.get(PAGE);
        var forged = admin.upload(PAGE, Map.of(), "file", "bank-holidays.json",
                govukFile("2036-12-26", "Boxing Day"), false);
        assertEquals(403, forged.status());
        assertEquals(List.of(), known("2036-01-01", "2036-12-31"));
    }

    @Test
    void staff_are_warned_when_fewer_than_12_months_of_holidays_are_known_and_administrators_are_shown_where_to_fix_it() {
        admin().upload(PAGE, Map.of(), "file", "2036.json", govukFile("2036-12-26", "Boxing Day"), true);
        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));

        clock.set(LocalDate.parse("2035-12-20").atStartOfDay().toInstant(ZoneOffset.UTC)); // a year and six days ahead
        var known = staff.signIn(client(), officer).get("/staff").html();
        assertEquals("Work queues", known.select("h1").text());
        assertTrue(known.select(".app-bank-holidays-short").isEmpty(), "a year is known: no warning");

        clock.set(LocalDate.parse("2036-01-05").atStartOfDay().toInstant(ZoneOffset.UTC));
        var home = staff.signIn(client(), officer).get("/staff").html();
        WebClient admin = admin();
        assertEquals("Warning Bank holidays are only known until 26 December 2036, less than 12 months from today. "
                + "Working days counted after that date may be wrong.", home.select(".app-bank-holidays-short .govuk-warning-text__text").text());
        assertTrue(home.select("a[href=/staff/admin/bank-holidays]").isEmpty(), "an officer cannot fix it");
        assertEquals(1, admin.get("/staff").html().select(".app-bank-holidays-short a[href=/staff/admin/bank-holidays]").size());
        assertEquals(1, admin.get(PAGE).html().select(".govuk-warning-text").size(), "the bank holidays page says so too");
    }
}
