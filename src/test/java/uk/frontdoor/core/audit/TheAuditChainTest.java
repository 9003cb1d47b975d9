package uk.frontdoor.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.DatabaseOwner;

/**
 * The audit chain on the real database (ADR 36): a normal log verifies; a row changed or deleted, or a seal removed,
 * behind the append-only triggers' back is named as the first broken link; sealing twice, or two sealers at once,
 * seals each row once.
 *
 * <p>How a test changes what the database refuses to change: the portal's own account may only read and add to the
 * audit tables (ADR 40), so the damage is done as the schema's owner ({@link DatabaseOwner}): {@link #withoutTriggers}
 * drops the append-only triggers, does the damage, undoes it and creates the triggers again exactly as V3, V42 and V49 left them,
 * in a {@code finally}. The damage is undone because the database is shared by every test of the JVM; each test then
 * checks that the repaired chain verifies again.
 *
 * <p>The background jobs are off in this context and the settle delay is 0, so the test decides when rows are sealed.
 */
@MicronautTest(transactional = false)
class TheAuditChainTest extends SealedWhenTheTestSays {
    /** Further than the sealer's late window (10,000 ids, the default) looks back. */
    private static final int FAR_BEHIND = 20_000;

    @Inject
    AuditChain chain;

    @Inject
    AuditLog audit;

    @Inject
    Sql sql;

    @Inject
    DatabaseOwner owner;

    @Test
    void a_normal_log_verifies() {
        List<Long> written = write(5);
        sealAll();
        AuditChain.Verification verified = chain.verify(checked -> { });
        assertEquals(Optional.empty(), verified.broken(), "broken at " + verified.auditId());
        assertTrue(verified.checked() >= 5);
        for (long id : written) {
            assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", id), "entry " + id);
        }
    }

    @Test
    void a_row_stamped_by_a_clock_running_ahead_holds_back_nothing() {
        sealAll();
        clock.set(java.time.Instant.now().plus(java.time.Duration.ofHours(1)));
        long ahead = write(1).get(0);
        clock.reset();
        List<Long> after = write(3);
        sealAll();
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", ahead), "sealed with the rest");
        for (long id : after) {
            assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", id), "entry " + id);
        }
        assertTrue(chain.verify(checked -> { }).holds());
    }

    @Test
    void a_changed_row_is_named_as_the_first_broken_link() {
        long changed = write(3).get(1);
        sealAll();
        withoutTriggers(() -> {
            owner.update("UPDATE audit_event SET detail = 'nothing to see here' WHERE id = ?", changed);
            try {
                assertBroken(AuditChain.Break.CHANGED_ROW, changed);
            } finally {
                owner.update("UPDATE audit_event SET detail = NULL WHERE id = ?", changed);
            }
        });
        assertTrue(chain.verify(checked -> { }).holds(), "the row as it was verifies again");
    }

    @Test
    void a_deleted_row_is_named() {
        long deleted = write(3).get(1);
        sealAll();
        Map<String, Object> row = sql.one("SELECT at, actor_type, action, subject_type, subject_id FROM audit_event"
                + " WHERE id = ?", rs -> Map.<String, Object>of("at", rs.getObject(1, LocalDateTime.class),
                "actorType", rs.getString(2), "action", rs.getString(3), "subjectType", rs.getString(4),
                "subjectId", rs.getLong(5)), deleted).orElseThrow();
        withoutTriggers(() -> {
            owner.update("DELETE FROM audit_event WHERE id = ?", deleted);
            try {
                assertBroken(AuditChain.Break.MISSING_ROW, deleted);
            } finally {
                owner.update("INSERT INTO audit_event (id, at, actor_type, actor_id, action, subject_type, subject_id,"
                        + " detail) VALUES (?, ?, ?, NULL, ?, ?, ?, NULL)", deleted, row.get("at"), row.get("actorType"),
                        row.get("action"), row.get("subjectType"), row.get("subjectId"));
            }
        });
        assertTrue(chain.verify(checked -> { }).holds(), "the row put back verifies again");
    }

    @Test
    void a_removed_seal_is_named() {
        long unsealed = write(3).get(1);
        sealAll();
        Object[] seal = sql.one("SELECT seq, prev_hash, hash, sealed_at FROM audit_seal WHERE audit_id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getObject(4, LocalDateTime.class)},
                unsealed).orElseThrow();
        long next = sql.one("SELECT audit_id FROM audit_seal WHERE seq = ?", rs -> rs.getLong(1), (long) seal[0] + 1)
                .orElseThrow();
        withoutTriggers(() -> {
            owner.update("DELETE FROM audit_seal WHERE audit_id = ?", unsealed);
            try {
                assertBroken(AuditChain.Break.MISSING_SEAL, next);
            } finally {
                owner.update("INSERT INTO audit_seal (audit_id, seq, prev_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?)",
                        unsealed, seal[0], seal[1], seal[2], seal[3]);
            }
        });
        assertTrue(chain.verify(checked -> { }).holds(), "the seal put back verifies again");
    }

    @Test
    void a_row_put_in_afterwards_under_an_old_id_is_named() {
        sealAll();
        long gapStart = sql.count("SELECT MAX(id) FROM audit_event") + 1;
        // a gap of ids, as rolled-back transactions leave (a very long one): the next row takes an id far further on
        sql.update("INSERT INTO audit_event (id, at, actor_type, action, subject_type) VALUES (?, UTC_TIMESTAMP(3),"
                + " 'SYSTEM', 'CHAIN_TEST', 'ENQUIRY')", gapStart + FAR_BEHIND);
        write(2);
        sealAll();
        long forged = gapStart + 1;
        sql.update("INSERT INTO audit_event (id, at, actor_type, action, subject_type) VALUES (?, UTC_TIMESTAMP(3),"
                + " 'SYSTEM', 'CHAIN_TEST', 'ENQUIRY')", forged);
        sealAll();
        assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", forged), "too far behind to seal");
        try {
            assertBroken(AuditChain.Break.UNSEALED_ROW, forged);
        } finally {
            withoutTriggers(() -> owner.update("DELETE FROM audit_event WHERE id = ?", forged));
        }
        assertTrue(chain.verify(checked -> { }).holds(), "without it the chain verifies again");
    }

    @Test
    void sealing_again_or_two_sealers_at_once_seal_each_row_once() throws Exception {
        List<Long> written = write(30);
        var sealers = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> two = List.of(this::sealTolerantly, this::sealTolerantly);
            for (var run : sealers.invokeAll(two)) {
                run.get();
            }
        } finally {
            sealers.shutdown();
        }
        sealAll();
        assertEquals(0, chain.sealBatch(), "a second run finds nothing to seal");
        for (long id : written) {
            assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", id), "entry " + id);
        }
        // from where it starts: a retention purge removes the oldest seals (ADR 43)
        assertEquals(sql.count("SELECT MAX(seq) - MIN(seq) + 1 FROM audit_seal"), sql.count("SELECT COUNT(*) FROM audit_seal"),
                "the chain has no gaps and no seq twice");
        assertTrue(chain.verify(checked -> { }).holds());
    }

    /** A sealer that loses the race to the other may be refused by the unique keys; it never seals a row twice. */
    private Void sealTolerantly() {
        try {
            sealAll();
        } catch (RuntimeException e) {
            if (!Sql.isDuplicateKey(e) && !String.valueOf(e.getMessage()).contains("Deadlock")) {
                throw e;
            }
        }
        return null;
    }

    private void assertBroken(AuditChain.Break kind, long auditId) {
        AuditChain.Verification v = chain.verify(checked -> { });
        assertEquals(Optional.of(kind), v.broken());
        assertEquals(Optional.of(auditId), v.auditId());
    }

    private List<Long> write(int rows) {
        return write(audit, sql, "CHAIN_TEST", 900_000_000L, rows);
    }

    private void sealAll() {
        sealAll(chain);
    }

    private void withoutTriggers(Runnable damage) {
        List<String> triggers = List.of("audit_event_no_update", "audit_event_no_delete", "audit_seal_no_update",
                "audit_seal_no_delete");
        triggers.forEach(t -> owner.update("DROP TRIGGER " + t));
        try {
            damage.run();
        } finally {
            for (String table : List.of("audit_event", "audit_seal")) {
                String message = table.equals("audit_event") ? "The audit log is append-only"
                        : "The audit chain is append-only";
                owner.update("CREATE TRIGGER " + table + "_no_update BEFORE UPDATE ON " + table
                        + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + message + "'");
                // as V49 made them: only the owner's retention purge may delete (ADR 43)
                owner.update("CREATE TRIGGER " + table + "_no_delete BEFORE DELETE ON " + table + " FOR EACH ROW BEGIN"
                        + " IF @frontdoor_audit_purge IS NULL OR @frontdoor_audit_purge <> 1 THEN"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + message + "'; END IF; END");
            }
        }
    }
}
