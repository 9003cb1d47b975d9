package uk.frontdoor.core.calendar;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.platform.jobs.RecurringJob;

/**
 * Fetches the bank holidays from a configured address ({@code BANK_HOLIDAYS_URL}, GOV.UK's
 * https://www.gov.uk/bank-holidays.json in production) once a day and imports them ({@link BankHolidayImport}). Off
 * when no address is configured. A db-scheduler recurring job: one node at a time.
 */
@Factory
class BankHolidayFetchJob {
    private static final Logger LOG = LoggerFactory.getLogger(BankHolidayFetchJob.class);
    /** GOV.UK's file is about 20 kB; anything far bigger is not it. */
    static final int MAX_BYTES = 512 * 1024;

    @Singleton
    @Requires(property = "frontdoor.bank-holidays.url", pattern = "https?://.+")
    RecurringJob bankHolidayFetch(BankHolidayImport imports, @Value("${frontdoor.bank-holidays.url}") String url,
                                  @Value("${frontdoor.bank-holidays.every:1d}") Duration every) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return RecurringJob.every(every, "bank-holiday-fetch", () -> fetch(client, URI.create(url), imports));
    }

    static void fetch(HttpClient client, URI source, BankHolidayImport imports) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
                LOG.warn("Bank holidays not fetched from {}: status {}, {} bytes", source, response.statusCode(),
                        response.body().length);
                return;
            }
            var result = imports.fetched(source.toString(), response.body());
            LOG.info("Bank holidays fetched from {}: {}", source, result);
        } catch (IOException e) {
            LOG.warn("Bank holidays not fetched from {}: {}", source, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
