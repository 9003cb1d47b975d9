package uk.frontdoor.core.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.enquiry.Enquirer;
import uk.frontdoor.testing.AppTest;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads getProperties() only from a per-class instance
class ReferenceCollisionTest extends AppTest {
    /** Far above what the tests send: the limit itself is tested in EnquiryRateLimitTest. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("frontdoor.rate-limit.enquiries-per-hour", "100000");
        return properties;
    }

    @Inject
    Enquiries enquiries;
    @Inject
    Sql sql;

    @AfterEach
    void realReferences() {
        enquiries.useReferences(new ReferenceNumbers());
    }

    @Test
    void a_reference_already_taken_is_replaced_by_a_new_one_and_the_enquiry_is_still_sent() {
        long seed = new SecureRandom().nextLong();
        enquiries.useReferences(new ReferenceNumbers(new Random(seed)));
        Enquirer first = new Enquirer(client(), "lambeth").hasAnsweredEverything();
        String taken = first.sendsAndReadsReference();

        enquiries.useReferences(new ReferenceNumbers(new Random(seed))); // draws the same reference first
        Enquirer second = new Enquirer(client(), "lambeth").hasAnsweredEverything();
        String other = second.sendsAndReadsReference();

        assertNotEquals(taken, other);
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ? AND reference = ?", second.email, other));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM work_item WHERE reference = ?", other));
    }
}
