package uk.frontdoor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.admin.BringingInBankHolidaysTest;
import uk.frontdoor.testing.AppTest;

/**
 * The daily fetch reads the file from the configured address over real HTTP (a small server standing in for
 * GOV.UK) and brings its holidays in; an answer that is not the file changes nothing and is recorded.
 */
@MicronautTest(transactional = false)
class FetchingBankHolidaysTest extends AppTest {
    @Inject
    BankHolidayImport imports;
    @Inject
    BankHolidays holidays;
    @Inject
    Sql sql;

    private HttpServer govuk;
    private final AtomicReference<byte[]> served = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);

    @BeforeEach
    void startGovuk() throws Exception {
        sql.update("DELETE FROM bank_holiday WHERE holiday_date > '2035-12-31'");
        govuk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        govuk.createContext("/bank-holidays.json", exchange -> {
            byte[] body = served.get();
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        govuk.start();
    }

    @AfterEach
    void stopGovuk() {
        govuk.stop(0);
        sql.update("DELETE FROM bank_holiday WHERE holiday_date > '2035-12-31'");
        holidays.reload();
    }

    private void fetch() {
        BankHolidayFetchJob.fetch(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + govuk.getAddress().getPort() + "/bank-holidays.json"), imports);
    }

    private List<String> known() {
        return sql.list("SELECT CONCAT(holiday_date, ' ', name) FROM bank_holiday WHERE holiday_date > '2035-12-31' "
                + "ORDER BY holiday_date", rs -> rs.getString(1));
    }

    @Test
    void the_fetch_brings_in_the_file_at_the_address_and_a_broken_answer_changes_nothing() {
        long imported = sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'SYSTEM' AND action = 'IMPORT_BANK_HOLIDAYS'");
        long refused = sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BANK_HOLIDAYS_REFUSED'");
        served.set(BringingInBankHolidaysTest.govukFile("2036-12-25", "Christmas Day", "2036-12-26", "Boxing Day"));
        fetch();
        assertEquals(List.of("2036-12-25 Christmas Day", "2036-12-26 Boxing Day"), known());
        assertEquals(List.of("2036-12-25 to 2036-12-26: 2 added, 0 renamed, 0 removed"), sql.list("SELECT detail FROM audit_event "
                + "WHERE actor_type = 'SYSTEM' AND action = 'IMPORT_BANK_HOLIDAYS' ORDER BY id DESC LIMIT 1",
                rs -> rs.getString(1).replaceFirst("^.*/bank-holidays.json, ", "")));

        fetch(); // the next day, the same file: nothing to record
        assertEquals(imported + 1, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'SYSTEM' "
                + "AND action = 'IMPORT_BANK_HOLIDAYS'"));

        served.set("<html>Service unavailable</html>".getBytes());
        fetch();
        status.set(503);
        fetch();
        assertEquals(List.of("2036-12-25 Christmas Day", "2036-12-26 Boxing Day"), known(), "still the last good file");
        assertEquals(refused + 1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BANK_HOLIDAYS_REFUSED' "
                + "AND detail LIKE '%/bank-holidays.json: notJson'"), "the page that was not the file is recorded; the 503 is not read");
    }
}
