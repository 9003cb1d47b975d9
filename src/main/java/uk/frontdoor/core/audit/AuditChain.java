package uk.frontdoor.core.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The audit log's hash chain (ADR 36). Rows are written by {@link AuditLog} inside whatever transaction audits, with no
 * chain lock; {@link #sealBatch} (run by {@link AuditSealJob} on one node at a time) later seals them in id order once
 * they are older than the settle delay, each seal's hash covering the previous seal's hash and the row's canonical
 * fields. {@link #verify} recomputes the whole chain from the start and names the first broken link.
 */
@Singleton
public class AuditChain {
    /** How many rows one seal transaction takes, and one verification query reads. */
    static final int BATCH = 1000;
    private static final byte[] GENESIS = new byte[32];
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final String ROW_COLUMNS = "a.id, a.at, a.actor_type, a.actor_id, a.action, a.subject_type, "
            + "a.subject_id, a.detail";

    private final Sql sql;
    private final Clock clock;
    private final Duration settle;
    private final long lateWindow;

    /**
     * {@code settle}: how long a row waits before it is sealed (longer than an audited transaction takes to commit).
     * {@code lateWindow}: how far below the highest sealed id the sealer still looks for rows that were not sealed in
     * id order (their transaction committed after rows with higher ids were sealed); a row the sealer has left further
     * behind than that will never be sealed, and verification names it.
     */
    public AuditChain(Sql sql, Clock clock, @Value("${frontdoor.audit.settle-delay:10s}") Duration settle,
                      @Value("${frontdoor.audit.late-window:10000}") long lateWindow) {
        this.sql = sql;
        this.clock = clock;
        this.settle = settle;
        this.lateWindow = lateWindow;
    }

    /**
     * Seals up to {@link #BATCH} ready rows, in one transaction: first rows below the highest sealed id that were
     * passed over (committed late), then the next rows above it, in id order, up to the last one written longer than
     * the settle delay ago. A row is ready once it, or any row with a higher id, is that old: its id was taken earlier
     * still, so its transaction has had the settle delay to commit. (Judging each row by its own time alone would let
     * one row stamped by a clock running ahead hold back, or strand, every row after it.) Two sealers at once cannot
     * both extend the chain: the last seal is locked, and seq and audit_id are unique. Answers how many rows it sealed
     * (none: nothing more is ready).
     */
    @Transactional
    public int sealBatch() {
        Optional<Seal> last = sql.one("SELECT seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1 FOR UPDATE",
                rs -> new Seal(rs.getLong(1), rs.getBytes(2)));
        long frontier = sql.count("SELECT COALESCE(MAX(audit_id), 0) FROM audit_seal");
        LocalDateTime now = Times.nowUtc(clock);
        LocalDateTime settled = now.minus(settle);
        List<Row> late = sql.list("SELECT " + ROW_COLUMNS + """
                 FROM audit_event a LEFT JOIN audit_seal s ON s.audit_id = a.id
                WHERE a.id > ? AND a.id < ? AND s.audit_id IS NULL ORDER BY a.id LIMIT ?""",
                AuditChain::row, frontier - lateWindow, frontier, BATCH);
        List<Row> next = sql.list("SELECT " + ROW_COLUMNS + " FROM audit_event a WHERE a.id > ? ORDER BY a.id LIMIT ?",
                AuditChain::row, frontier, BATCH - late.size());
        int ready = next.size();
        while (ready > 0 && next.get(ready - 1).at().isAfter(settled)) {
            ready--; // the newest rows wait until one at least as new is old enough
        }
        long seq = last.map(Seal::seq).orElse(0L);
        byte[] prev = last.map(Seal::hash).orElse(GENESIS);
        int sealed = 0;
        for (Row row : concat(late, next.subList(0, ready))) {
            byte[] hash = hash(prev, row);
            sql.update("INSERT INTO audit_seal (audit_id, seq, prev_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?)",
                    row.id(), ++seq, prev, hash, now);
            prev = hash;
            sealed++;
        }
        return sealed;
    }

    private static List<Row> concat(List<Row> late, List<Row> next) {
        return java.util.stream.Stream.concat(late.stream(), next.stream()).toList();
    }

    /**
     * Recomputes the chain from its first seal, {@link #BATCH} seals at a time, and answers the first broken link: a
     * seal missing from the sequence, a seal whose previous hash is not the hash before it, a sealed row that is gone
     * or whose fields no longer give its hash; or, once the chain holds, the first row the sealer has left behind
     * unsealed for good (further below the highest sealed id than the late window: put in afterwards with an old id).
     * Rows not sealed yet (the last few seconds' worth) are not checked. {@code progress} hears how many
     * seals are checked so far.
     */
    public Verification verify(java.util.function.LongConsumer progress) {
        // after a retention purge the chain starts at the first seal kept, from the hash before it (ADR 43)
        Optional<Seal> start = sql.one("SELECT next_seq - 1, prev_hash FROM audit_chain_start ORDER BY next_seq DESC"
                + " LIMIT 1", rs -> new Seal(rs.getLong(1), rs.getBytes(2)));
        long seq = start.map(Seal::seq).orElse(0L);
        byte[] prev = start.map(Seal::hash).orElse(GENESIS);

        while (true) {
            List<Checked> batch = sql.list("SELECT s.seq, s.audit_id, s.prev_hash, s.hash, " + ROW_COLUMNS
                    + " FROM audit_seal s LEFT JOIN audit_event a ON a.id = s.audit_id"
                    + " WHERE s.seq > ? ORDER BY s.seq LIMIT ?", rs -> new Checked(rs.getLong(1), rs.getLong(2),
                    rs.getBytes(3), rs.getBytes(4), rs.getObject(5) == null ? null : row(rs, 4)), seq, BATCH);
            for (Checked c : batch) {
                if (c.seq() != seq + 1) {
                    return Verification.broken(seq, Break.MISSING_SEAL, c.auditId());
                }
                if (!Arrays.equals(c.prevHash(), prev)) {
                    return Verification.broken(seq, Break.BROKEN_LINK, c.auditId());
                }
                if (c.row() == null) {
                    return Verification.broken(seq, Break.MISSING_ROW, c.auditId());
                }
                if (!Arrays.equals(hash(prev, c.row()), c.hash())) {
                    return Verification.broken(seq, Break.CHANGED_ROW, c.auditId());
                }
                prev = c.hash();
                seq = c.seq();
            }
            progress.accept(seq);
            if (batch.size() < BATCH) {
                break;
            }
        }
        long frontier = sql.count("SELECT COALESCE(MAX(audit_id), 0) FROM audit_seal");
        Optional<Long> leftBehind = sql.one("""
                SELECT a.id FROM audit_event a LEFT JOIN audit_seal s ON s.audit_id = a.id
                WHERE s.audit_id IS NULL AND a.id <= ? ORDER BY a.id LIMIT 1""",
                rs -> rs.getLong(1), frontier - lateWindow);
        if (leftBehind.isPresent()) {
            return Verification.broken(seq, Break.UNSEALED_ROW, leftBehind.get());
        }
        return new Verification(seq, Optional.empty(), Optional.empty());
    }

    /**
     * Removes up to {@code most} of the oldest sealed entries written before {@code cutoff}, from the start of the
     * chain only, through the owner's {@code purge_audit_before} procedure (V49, ADR 43: the portal's account cannot
     * delete audit rows itself). Stops at the first newer or missing entry and never removes the newest seal; the chain
     * then starts after the last entry removed. Answers how many entries went.
     */
    @Transactional
    public int purgeBefore(LocalDateTime cutoff, int most) {
        sql.update("CALL purge_audit_before(?, ?, @frontdoor_purged)", cutoff, most);
        return (int) sql.count("SELECT COALESCE(@frontdoor_purged, 0)");
    }

    /** How many entries {@link #purgeBefore} would remove, however many calls it took: the retention preview's count. */
    public long purgeableBefore(LocalDateTime cutoff) {
        return sql.count("""
                SELECT COUNT(*) FROM (
                  SELECT s.seq, SUM(CASE WHEN a.id IS NULL OR a.at >= ? THEN 1 ELSE 0 END) OVER (ORDER BY s.seq) AS newer
                  FROM audit_seal s LEFT JOIN audit_event a ON a.id = s.audit_id
                  WHERE s.seq < (SELECT MAX(seq) FROM audit_seal)) x
                WHERE x.newer = 0""", cutoff);
    }

    /** The hash a row is sealed with: SHA-256 of the previous hash and the row's fields, each length-prefixed. */
    static byte[] hash(byte[] prev, Row row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prev);
            for (String field : new String[] {String.valueOf(row.id()), AT.format(row.at()), row.actorType(),
                    row.actorId() == null ? null : String.valueOf(row.actorId()), row.action(), row.subjectType(),
                    row.subjectId() == null ? null : String.valueOf(row.subjectId()), row.detail()}) {
                if (field == null) {
                    sha.update(ByteBuffer.allocate(4).putInt(-1).array()); // null, unlike the empty string
                } else {
                    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                    sha.update(bytes);
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return row(rs, 0);
    }

    private static Row row(ResultSet rs, int offset) throws SQLException {
        return new Row(rs.getLong(offset + 1), rs.getObject(offset + 2, LocalDateTime.class), rs.getString(offset + 3),
                (Long) rs.getObject(offset + 4, Long.class), rs.getString(offset + 5), rs.getString(offset + 6),
                (Long) rs.getObject(offset + 7, Long.class), rs.getString(offset + 8));
    }

    /** An audit row's fields, as the hash covers them. */
    record Row(long id, LocalDateTime at, String actorType, Long actorId, String action, String subjectType,
               Long subjectId, String detail) {
    }

    private record Seal(long seq, byte[] hash) {
    }

    private record Checked(long seq, long auditId, byte[] prevHash, byte[] hash, Row row) {
    }

    /** What kind of link is broken. */
    public enum Break {
        /** The seal before this row's is gone (seq skips a number). */
        MISSING_SEAL,
        /** This seal does not follow from the one before it (a seal rewritten or put back). */
        BROKEN_LINK,
        /** The row this seal covers is gone from the audit log. */
        MISSING_ROW,
        /** The row no longer has the fields it was sealed with. */
        CHANGED_ROW,
        /** A row the sealer has passed for good is not sealed: it was put in afterwards, under an old id. */
        UNSEALED_ROW
    }

    /**
     * A verification's answer: how many seals held ({@code checked}) and, when the chain is broken, the first break and
     * the audit row (id) it is at.
     */
    public record Verification(long checked, Optional<Break> broken, Optional<Long> auditId) {
        static Verification broken(long checked, Break kind, long auditId) {
            return new Verification(checked, Optional.of(kind), Optional.of(auditId));
        }

        public boolean holds() {
            return broken.isEmpty();
        }
    }
}
