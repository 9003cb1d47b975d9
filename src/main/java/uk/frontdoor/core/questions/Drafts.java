package uk.frontdoor.core.questions;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * A form's drafts, saved server-side after every page against the browser's session, so a person can leave and come
 * back in the same browser (a draft goes when its session does), and the receipt of what that session last sent.
 * Sending locks the draft first, so the same answers sent twice (a double click, the back button) are stored once:
 * the second send finds no draft and is shown the first one's receipt.
 *
 * @param <S> the form's pages
 * @param <A> its answers
 */
public class Drafts<S extends Enum<S> & Step, A extends StepAnswers<S, A>> {
    private final Sql sql;
    private final Clock clock;
    private final QuestionForm<S> form;
    private final String table;
    private final String receiptTable;
    private final String receiptColumn;
    private final Function<String, A> decode;

    /**
     * @param table         the drafts' table ({@code session_id, answers, updated_at})
     * @param receiptTable  the receipts' table ({@code session_id, <receiptColumn>, reference, respond_by, created_at})
     * @param receiptColumn the column of the stored form's id in {@code receiptTable}
     */
    protected Drafts(Sql sql, Clock clock, QuestionForm<S> form, String table, String receiptTable,
                     String receiptColumn, Function<String, A> decode) {
        this.sql = sql;
        this.clock = clock;
        this.form = form;
        this.table = table;
        this.receiptTable = receiptTable;
        this.receiptColumn = receiptColumn;
        this.decode = decode;
    }

    public QuestionForm<S> form() {
        return form;
    }

    /** The table the drafts are kept in, keyed by {@code session_id}, with the answers in {@code answers}. */
    public String table() {
        return table;
    }

    /** The answers as stored in the {@code answers} column: what a read joined with the session itself found. */
    public A decode(String stored) {
        return decode.apply(stored);
    }

    public Optional<A> find(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sql.one("SELECT answers FROM " + table + " WHERE session_id = ?", rs -> decode.apply(rs.getString(1)),
                sessionId);
    }

    /**
     * Starts an empty draft unless the session has one already; returns the session's draft (read only when it was
     * there already: a draft just started is empty).
     */
    public A start(String sessionId) {
        int started = sql.update("INSERT IGNORE INTO " + table + " (session_id, answers, updated_at) VALUES (?, '', ?)",
                sessionId, Times.nowUtc(clock));
        return started == 1 ? decode.apply("") : find(sessionId).orElseThrow();
    }

    /** Saves the session's draft; false when it has none (never started, or sent meanwhile). */
    public boolean save(String sessionId, A answers) {
        return sql.update("UPDATE " + table + " SET answers = ?, updated_at = ? WHERE session_id = ?",
                answers.encode(), Times.nowUtc(clock), sessionId) == 1;
    }

    /** Deletes the session's draft ("Delete my answers"); false when there was none. */
    public boolean delete(String sessionId) {
        return sessionId != null && sql.update("DELETE FROM " + table + " WHERE session_id = ?", sessionId) == 1;
    }

    /**
     * Sends the session's draft, in the caller's transaction: locks it, checks every page again, lets {@code store}
     * keep it (and queue its work and email), then deletes the draft and keeps the receipt for the confirmation page.
     *
     * @param receipt the receipt of what a session last sent, for a draft already sent
     */
    public <R extends SentForm> Submission<S, R> send(String sessionId, AskedOn on,
                                                      Function<String, Optional<R>> receipt, Function<A, R> store) {
        Optional<A> locked = sql.one("SELECT answers FROM " + table + " WHERE session_id = ? FOR UPDATE",
                rs -> decode.apply(rs.getString(1)), sessionId);
        if (locked.isEmpty()) {
            return receipt.apply(sessionId).<Submission<S, R>>map(Submission.AlreadySent::new)
                    .orElseGet(Submission.NothingToSend::new);
        }
        Optional<S> incomplete = form.firstIncomplete(locked.get(), on);
        if (incomplete.isPresent()) {
            return new Submission.Incomplete<>(incomplete.get());
        }
        R sent = store.apply(locked.get());
        delete(sessionId);
        sql.update("INSERT INTO " + receiptTable + " (session_id, " + receiptColumn
                        + ", reference, respond_by, created_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + receiptColumn + " = VALUES(" + receiptColumn + "), reference = VALUES(reference),"
                        + " respond_by = VALUES(respond_by), created_at = VALUES(created_at)",
                sessionId, sent.id(), sent.reference(), sent.respondBy(), Times.nowUtc(clock));
        return new Submission.Sent<>(sent);
    }
}
