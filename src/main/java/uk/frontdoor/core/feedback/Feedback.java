package uk.frontdoor.core.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Asking the people who came to an information event or a preparation course how it went, and what they said.
 * After an event has ended, each booking marked as attended is sent one link; after a course's last session, each
 * enrolment that attended a session is. The link carries no personal details and the answer is anonymous: nothing
 * stored joins a response to the person who gave it (see V54). Staff see the answers per event and per course only
 * once {@link #SMALLEST_SHOWN} people have answered, and any rating given by fewer than that many is not shown, so
 * no one's answer can be picked out.
 */
@Singleton
public class Feedback {
    public static final int SMALLEST_SHOWN = 5;
    public static final int MAX_COMMENT = 1000;
    public static final String RATING = "rating";
    public static final String COMMENT = "comment";
    /** How long after the event or course people are asked, and how long their links work. */
    static final int ASK_WITHIN_DAYS = 14;
    static final int LINK_DAYS = 45;

    public enum Kind { EVENT, COURSE }

    private final Sql sql;
    private final Clock clock;
    private final Outbox outbox;

    public Feedback(Sql sql, Clock clock, Outbox outbox) {
        this.sql = sql;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** One person to ask: their booking or enrolment, what it was for, and when that ended. */
    public record Due(Kind kind, long subjectId, long attendeeId, String email, String title, LocalDateTime ended) {
    }

    /** Everyone who came to an event or course that ended in the last two weeks and has not been asked yet. */
    public List<Due> due() {
        LocalDateTime now = Times.nowUtc(clock);
        LocalDateTime since = now.minusDays(ASK_WITHIN_DAYS);
        List<Due> due = new ArrayList<>(sql.list("""
                SELECT e.id, b.id, b.email, e.title, e.ends_at FROM event_booking b JOIN info_event e ON e.id = b.event_id
                LEFT JOIN feedback_invitation i ON i.kind = 'EVENT' AND i.subject_id = e.id AND i.attendee_id = b.id
                WHERE i.attendee_id IS NULL AND b.attendance = 'ATTENDED' AND b.anonymised_at IS NULL
                  AND e.cancelled_at IS NULL AND e.ends_at <= ? AND e.ends_at > ? ORDER BY b.id LIMIT 1000""",
                rs -> new Due(Kind.EVENT, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class)), now, since));
        due.addAll(sql.list("""
                SELECT c.id, n.id, a.email, c.title, last.ends_at FROM training_enrolment n
                JOIN training_course c ON c.id = n.course_id
                JOIN applicant_account a ON a.id = n.applicant_id
                JOIN (SELECT course_id, MAX(ends_at) AS ends_at FROM training_session GROUP BY course_id) last
                  ON last.course_id = c.id
                LEFT JOIN feedback_invitation i ON i.kind = 'COURSE' AND i.subject_id = c.id AND i.attendee_id = n.id
                WHERE i.attendee_id IS NULL AND last.ends_at <= ? AND last.ends_at > ?
                  AND EXISTS (SELECT 1 FROM training_attendance t WHERE t.enrolment_id = n.id AND t.attendance = 'ATTENDED')
                ORDER BY n.id LIMIT 1000""",
                rs -> new Due(Kind.COURSE, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class)), now, since));
        return due;
    }

    /** Sends one person their link, unless they were asked already (here or on another node). */
    @Transactional
    public boolean ask(Due due) {
        if (sql.update("""
                INSERT IGNORE INTO feedback_invitation (kind, subject_id, attendee_id, sent_on) VALUES (?, ?, ?, ?)""",
                due.kind().name(), due.subjectId(), due.attendeeId(), Times.todayUk(clock)) == 0) {
            return false;
        }
        SecretToken token = SecretToken.create();
        sql.update("INSERT INTO feedback_link (token_hash, kind, subject_id, expires_at) VALUES (?, ?, ?, ?)",
                token.hash(), due.kind().name(), due.subjectId(), due.ended().plusDays(LINK_DAYS));
        outbox.enqueue(due.email(), EmailTemplate.FEEDBACK_REQUEST, Map.of("token", token.token(),
                "title", due.title()));
        return true;
    }

    /** What a feedback link is about (the event or course and its title), while it can still be used. */
    public record Asked(Kind kind, long subjectId, String title) {
    }

    public Optional<Asked> open(String token) {
        String hash = SecretToken.hashOf(token);
        if (hash == null) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT l.kind, l.subject_id, COALESCE(e.title, c.title) FROM feedback_link l
                LEFT JOIN info_event e ON l.kind = 'EVENT' AND e.id = l.subject_id
                LEFT JOIN training_course c ON l.kind = 'COURSE' AND c.id = l.subject_id
                WHERE l.token_hash = ? AND NOT l.used AND l.expires_at > ?""",
                rs -> new Asked(Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3)), hash,
                Times.nowUtc(clock));
    }

    /**
     * Records an answer: a rating from 1 (very dissatisfied) to 5 (very satisfied), and a comment if the person wants.
     * Refused with each problem; not found when the link is unknown, used or expired. A link answers once.
     */
    @Transactional
    public Result<Asked> give(String token, String rating, String comment) {
        Optional<Asked> asked = open(token);
        if (asked.isEmpty()) {
            return Result.notFound();
        }
        String said = comment == null ? "" : comment.strip();
        List<Problem> problems = new ArrayList<>();
        Integer score = rating != null && rating.matches("[1-5]") ? Integer.valueOf(rating) : null;
        if (score == null) {
            problems.add(new Problem(RATING, "feedback.rating.required"));
        }
        if (said.codePointCount(0, said.length()) > MAX_COMMENT) {
            problems.add(new Problem(COMMENT, "feedback.comment.tooLong"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        if (sql.update("UPDATE feedback_link SET used = TRUE WHERE token_hash = ? AND NOT used",
                SecretToken.hashOf(token)) != 1) {
            return Result.notFound();
        }
        sql.update("""
                INSERT INTO feedback_response (kind, subject_id, rating, comment, received_on) VALUES (?, ?, ?, ?, ?)""",
                asked.get().kind().name(), asked.get().subjectId(), score, said.isEmpty() ? null : said,
                Times.todayUk(clock));
        return Result.done(asked.get());
    }

    /**
     * What people said about one event or course. Under {@link #SMALLEST_SHOWN} answers nothing is shown but how many
     * were asked; otherwise each rating's count, with any count under that shown as null (not shown), and the comments.
     */
    public record Results(int asked, int answered, boolean shown, List<Integer> byRating, List<String> comments) {
    }

    /** One event's or course's results, for staff who work cases; not found for anyone else or no such thing. */
    public record Shown(String title, Results results) {
    }

    public Result<Shown> results(StaffMember me, Kind kind, long subjectId) {
        if (!me.worksCases()) {
            return Result.notFound();
        }
        Optional<String> title = sql.one(kind == Kind.EVENT ? "SELECT title FROM info_event WHERE id = ?"
                : "SELECT title FROM training_course WHERE id = ?", rs -> rs.getString(1), subjectId);
        return title.<Result<Shown>>map(t -> Result.done(new Shown(t, results(kind, subjectId))))
                .orElseGet(Result::notFound);
    }

    Results results(Kind kind, long subjectId) {
        int asked = (int) sql.count("SELECT COUNT(*) FROM feedback_invitation WHERE kind = ? AND subject_id = ?",
                kind.name(), subjectId);
        List<Integer> ratings = sql.list("SELECT rating FROM feedback_response WHERE kind = ? AND subject_id = ?",
                rs -> rs.getInt(1), kind.name(), subjectId);
        if (ratings.size() < SMALLEST_SHOWN) {
            return new Results(asked, ratings.size(), false, List.of(), List.of());
        }
        List<Integer> byRating = new ArrayList<>();
        for (int score = 5; score >= 1; score--) {
            int s = score;
            int count = (int) ratings.stream().filter(r -> r == s).count();
            byRating.add(count > 0 && count < SMALLEST_SHOWN ? null : count);
        }
        List<String> comments = sql.list("""
                SELECT comment FROM feedback_response WHERE kind = ? AND subject_id = ? AND comment IS NOT NULL
                ORDER BY received_on, id""", rs -> rs.getString(1), kind.name(), subjectId);
        return new Results(asked, ratings.size(), true, byRating, comments);
    }
}
