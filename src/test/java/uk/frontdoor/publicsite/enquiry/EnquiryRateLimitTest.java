package uk.frontdoor.publicsite.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.PublicFormPages;
import uk.frontdoor.testing.RateLimitAppTest;
import uk.frontdoor.testing.WebClient;

/** At most two enquiries an hour from one address here, in an hour of the test's own. */
@MicronautTest(transactional = false)
class EnquiryRateLimitTest extends RateLimitAppTest {
    EnquiryRateLimitTest() {
        super("enquiries-per-hour", 2, "enquiry", Instant.parse("2001-01-01T00:00:00Z"));
    }

    @Test
    void a_third_enquiry_from_one_address_within_the_hour_is_refused_with_a_way_to_get_in_touch() {
        new Enquirer(client(), "lambeth").hasAnsweredEverything().sendsAndReadsReference();
        new Enquirer(client(), "merton").hasAnsweredEverything().sendsAndReadsReference();
        Enquirer third = new Enquirer(client(), "sutton").hasAnsweredEverything();

        WebClient.Page refused = third.sends();

        PublicFormPages.refusedForTooMany(refused, "Sorry, there have been too many enquiries from your connection",
                "try again in an hour", "phone us on 020 7946 0321");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", third.email));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", third.email));

        clock.advance(Duration.ofHours(1));
        assertEquals(303, third.sends().status(), "the next hour, their saved answers can be sent");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", third.email));
    }
}
