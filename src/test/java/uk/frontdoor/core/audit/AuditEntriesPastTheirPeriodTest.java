package uk.frontdoor.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;

/**
 * Audit entries past the retention schedule's period are removed from the start of the chain only, through the
 * owner's procedure (ADR 43): the chain still verifies from where it now starts, nothing newer goes, the newest seal
 * stays, and the portal's account still cannot delete an entry itself.
 */
@MicronautTest(transactional = false)
class AuditEntriesPastTheirPeriodTest extends SealedWhenTheTestSays {
    @Inject
    AuditChain chain;
    @Inject
    AuditLog audit;
    @Inject
    Sql sql;

    @Test
    void the_oldest_sealed_entries_go_from_the_start_of_the_chain_and_it_verifies_from_there() {
        write(3);
        sealAll();
        long firstSeq = sql.count("SELECT MIN(seq) FROM audit_seal");
        List<Long> oldest = sql.list("SELECT audit_id FROM audit_seal WHERE seq < ? ORDER BY seq",
                rs -> rs.getLong(1), firstSeq + 2);
        LocalDateTime everything = LocalDateTime.now().plusYears(50);
        assertTrue(chain.purgeableBefore(everything) >= 2, "all but the newest seal are older than 50 years from now");

        assertEquals(2, chain.purgeBefore(everything, 2), "at most as many as asked");

        for (long id : oldest) {
            assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_event WHERE id = ?", id));
            assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", id));
        }
        assertEquals(firstSeq + 2, sql.count("SELECT MAX(next_seq) FROM audit_chain_start"));
        AuditChain.Verification verified = chain.verify(checked -> { });
        assertTrue(verified.holds(), "verifies from where the chain now starts: " + verified);

        assertThrows(RuntimeException.class, () -> sql.update("DELETE FROM audit_event WHERE id = ?",
                sql.count("SELECT MIN(id) FROM audit_event")), "the portal's account still cannot delete an entry");
    }

    @Test
    void nothing_written_at_or_after_the_cutoff_goes_nor_the_newest_seal() {
        write(2);
        sealAll();
        LocalDateTime longAgo = LocalDateTime.of(2000, 1, 1, 0, 0);
        assertEquals(0, chain.purgeableBefore(longAgo));
        assertEquals(0, chain.purgeBefore(longAgo, 200), "every entry is newer than the year 2000");
        long newest = sql.count("SELECT MAX(seq) FROM audit_seal");
        while (chain.purgeBefore(LocalDateTime.now().plusYears(50), 200) > 0) {
            // everything old enough
        }
        assertEquals(newest, sql.count("SELECT MAX(seq) FROM audit_seal"), "the newest seal is kept");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal"), "only it");
        assertTrue(chain.verify(checked -> { }).holds());
        write(2);
        sealAll();
        assertTrue(chain.verify(checked -> { }).holds(), "the chain goes on from the kept seal");
    }

    private List<Long> write(int rows) {
        return write(audit, sql, "PURGE_TEST", 800_000_000L, rows);
    }

    private void sealAll() {
        sealAll(chain);
    }
}
