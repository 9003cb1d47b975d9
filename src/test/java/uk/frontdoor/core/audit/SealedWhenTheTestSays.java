package uk.frontdoor.core.audit;

import java.util.HashMap;
import java.util.Map;
import uk.frontdoor.testing.AppTest;

/**
 * The portal with its background jobs off and no settle delay, so that a test of the audit chain decides when rows
 * are sealed (by calling {@link AuditChain#sealBatch()}).
 */
abstract class SealedWhenTheTestSays extends AppTest {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontdoor.jobs.enabled", "false");
        properties.put("frontdoor.audit.settle-delay", "0s");
        return properties;
    }
}
