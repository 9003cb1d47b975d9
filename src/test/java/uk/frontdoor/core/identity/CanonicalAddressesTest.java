package uk.frontdoor.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;

/**
 * Migration V34 on rows written before addresses had a canonical form: they are rewritten so that lookups by
 * canonical address find them, and an account made lower-cased finds its person's records again.
 */
@MicronautTest(transactional = false)
class CanonicalAddressesTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;

    @Test
    void stored_addresses_are_rewritten_in_canonical_form_and_accounts_find_their_records_again() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // as an enquirer typed it before, and the account the old code made for it (lower-cased)
        var typed = Enquiries.make(sql, queue, region, "x", "Dana Typed", "lambeth");
        sql.update("UPDATE enquiry SET email = ? WHERE id = ?", " Dana." + tag + "@Example.ORG", typed.enquiryId());
        long account = sql.insert("INSERT INTO applicant_account (email, created_at) VALUES (?, ?)",
                "dana." + tag + "@example.org", LocalDateTime.now());
        // a domain typed in its own letters, and an address with no canonical form at all
        var idn = Enquiries.make(sql, queue, region, "x", "Eli Idn", "merton");
        sql.update("UPDATE enquiry SET email = ? WHERE id = ?", "eli" + tag + "@BÜCHER.example", idn.enquiryId());
        var accented = Enquiries.make(sql, queue, region, "x", "Flo Accent", "sutton");
        sql.update("UPDATE enquiry SET email = ? WHERE id = ?", "flé" + tag + "@example.org", accented.enquiryId());

        CanonicalAddresses.Result result;
        try (Connection c = resolver.resolve(dataSource).getConnection()) {
            result = CanonicalAddresses.rewrite(c);
        }

        assertEquals("Dana." + tag + "@example.org", email("enquiry", typed.enquiryId()), "trimmed, domain lower-cased");
        assertEquals("Dana." + tag + "@example.org", email("applicant_account", account),
                "the account takes the address its person gave us");
        assertEquals("eli" + tag + "@xn--bcher-kva.example", email("enquiry", idn.enquiryId()));
        assertEquals("flé" + tag + "@example.org", email("enquiry", accented.enquiryId()),
                "left as it was: nothing can match it and nothing is sent to it");
        assertEquals(true, result.withoutCanonicalForm().get("enquiry") >= 1);

        try (Connection c = resolver.resolve(dataSource).getConnection()) {
            var again = CanonicalAddresses.rewrite(c);
            assertEquals(0, again.rewritten().values().stream().mapToInt(Integer::intValue).sum(),
                    "running it again changes nothing");
        }
    }

    private String email(String table, long id) {
        return sql.one("SELECT email FROM " + table + " WHERE id = ?", rs -> rs.getString(1), id).orElseThrow();
    }
}
