package uk.frontdoor.faults;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An operator forgets SMTP_HOST on a real database: the portal does not start (people would ask for sign-in links
 * that never come), and its log says what to set.
 */
class ProductionRefusesToStartWithoutMailTest {

    @Test
    void without_smtp_host_or_smtp_disabled_the_portal_stops_and_says_why() throws Exception {
        Map<String, String> env = new HashMap<>(PortalProcess.environment(PortalProcess.testDatabase(), Map.of()));
        env.remove("SMTP_HOST");
        assertThrows(IllegalStateException.class,
                () -> PortalProcess.start("no-smtp", env, List.of(), Duration.ofSeconds(120)));
        String log = Files.readString(Path.of("target", "portal-no-smtp.log"));
        assertTrue(log.contains("Refusing to start: No SMTP_HOST"), log);
    }
}
