package uk.frontdoor.core.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.platform.db.Sql;
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

    /** Writes {@code rows} system entries with this action, about made-up subjects from {@code firstSubject}; their ids. */
    static List<Long> write(AuditLog audit, Sql sql, String action, long firstSubject, int rows) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            audit.system(action, Subject.ENQUIRY, firstSubject + i, null);
            ids.add(sql.count("SELECT MAX(id) FROM audit_event WHERE action = ?", action));
        }
        return ids;
    }

    /** Seals until nothing more is ready. */
    static void sealAll(AuditChain chain) {
        while (chain.sealBatch() > 0) {
            // until nothing more is ready
        }
    }
}
