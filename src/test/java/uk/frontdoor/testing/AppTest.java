package uk.frontdoor.testing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every test that runs the whole portal: a real MariaDB (embedded, one per test JVM), a real SMTP
 * server (GreenMail, one per JVM) and the app on a random port. Subclasses add
 * {@code @MicronautTest(transactional = false)} so that what the app writes is visible to the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // needed for TestPropertyProvider
public abstract class AppTest implements TestPropertyProvider {
    @Inject
    protected EmbeddedServer server;

    @Inject
    protected TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("frontdoor.smtp.port", String.valueOf(Mailbox.port()));
    }

    protected WebClient client() {
        return new WebClient(server.getURI());
    }

    protected String baseUrl() {
        return server.getURI().toString();
    }

    /** An email address no other test uses, so tests can share one database and one mail server. */
    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
