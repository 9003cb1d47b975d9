package uk.frontdoor.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Browser sessions, kept in MariaDB so any node can answer any request. The cookie carries a random
 * 256-bit token; the table holds only its SHA-256, so a leaked table cannot be replayed as cookies.
 */
@Singleton
public class WebSessions {
    /** The cookie's name; with secure cookies it takes the {@code __Host-} prefix ({@link #cookieName()}). */
    public static final String COOKIE = "fd_session";
    static final Duration STAFF_IDLE = Duration.ofMinutes(30);
    static final Duration STAFF_ABSOLUTE = Duration.ofHours(12);
    static final Duration APPLICANT_IDLE = Duration.ofMinutes(30);
    static final Duration APPLICANT_ABSOLUTE = Duration.ofHours(12);
    /**
     * An anonymous visitor's session holds the draft of a public form: it lasts while the browser is open (a
     * browser-session cookie, so closing a shared computer's browser takes the answers with it) and at most 4 idle
     * hours or a day on the server.
     */
    static final Duration VISITOR_IDLE = Duration.ofHours(4);
    static final Duration VISITOR_ABSOLUTE = Duration.ofDays(1);
    /** Between a right password and the second factor: long enough to open an app, short enough to go stale. */
    static final Duration STAFF_PENDING_IDLE = Duration.ofMinutes(10);
    static final Duration STAFF_PENDING_ABSOLUTE = Duration.ofMinutes(30);
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);

    private final SecureRandom random = new SecureRandom();
    private final Sql sql;
    private final Clock clock;
    private final StaffAccounts staffAccounts;
    private final ApplicantAccounts applicantAccounts;
    private final CsrfTokens csrf;
    private final boolean secureCookies;

    public WebSessions(Sql sql, Clock clock, StaffAccounts staffAccounts, ApplicantAccounts applicantAccounts,
                       CsrfTokens csrf, @Value("${frontdoor.secure-cookies:true}") boolean secureCookies) {
        this.sql = sql;
        this.csrf = csrf;
        this.clock = clock;
        this.staffAccounts = staffAccounts;
        this.applicantAccounts = applicantAccounts;
        this.secureCookies = secureCookies;
    }

    /** A session row, and the column of a row kept against it when one was asked for. */
    record Row(String id, Long staffId, String staffStage, Long applicantId, LocalDateTime lastSeen, String kept) { }

    /**
     * The session cookie's name: {@code __Host-fd_session} when cookies are secure, which browsers accept only when
     * it is Secure, for path / and without a domain, so no other site or subdomain can set or overwrite it.
     */
    public String cookieName() {
        return cookieName(COOKIE, secureCookies);
    }

    static String cookieName(String name, boolean secure) {
        return secure ? "__Host-" + name : name;
    }

    /**
     * Takes the visitor's session cookie; the row it names is read when something first asks about the session
     * ({@link Visitor}), or together with a row kept against it ({@link #withRow}).
     */
    public void resume(HttpRequest<?> request, Visitor visitor) {
        Optional<String> token = request.getCookies().findCookie(cookieName()).map(Cookie::getValue);
        if (token.isEmpty() || token.get().length() > 100) {
            return;
        }
        visitor.pendingSessionId = hash(token.get());
        visitor.unread = this;
    }

    /**
     * One column of the row of {@code table} kept against the visitor's live session (a form's draft: {@code table}
     * has a {@code session_id} key), empty when there is no such session or row. When the request has not read its
     * session yet, both are read in one query (ADR 63): a question page costs one round trip fewer.
     *
     * @param table  a table named by the code, never by the request
     * @param column a column of it, likewise
     */
    public Optional<String> withRow(Visitor visitor, String table, String column) {
        if (visitor.unread != null) {
            visitor.unread = null;
            return load(visitor, visitor.pendingSessionId, table, column);
        }
        if (visitor.sessionId == null) {
            return Optional.empty();
        }
        return sql.one("SELECT " + column + " FROM " + table + " WHERE session_id = ?", rs -> rs.getString(1),
                visitor.sessionId);
    }

    /**
     * Reads the live session {@code id} (and the staff member or applicant it belongs to) into {@code visitor},
     * with {@code column} of {@code table}'s row kept against it when {@code table} is given; touches the session at
     * most once a {@link #TOUCH_EVERY}.
     */
    Optional<String> load(Visitor visitor, String id, String table, String column) {
        LocalDateTime now = Times.nowUtc(clock);
        String joined = table == null ? "" : ", r." + column;
        String join = table == null ? "" : " LEFT JOIN " + table + " r ON r.session_id = s.id";
        Optional<Row> row = sql.one("SELECT s.id, s.staff_id, s.staff_stage, s.applicant_id, s.last_seen_at" + joined
                        + " FROM web_session s" + join + " WHERE s.id = ? AND s.expires_at > ?"
                        + " AND s.last_seen_at > DATE_SUB(?, INTERVAL s.idle_seconds SECOND)",
                rs -> new Row(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getObject(5, LocalDateTime.class),
                        table == null ? null : rs.getString(6)),
                id, now, now);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        visitor.sessionId = id;
        if (row.get().staffId() != null) {
            StaffMember member = staffAccounts.find(row.get().staffId()).orElse(null);
            if (member == null) {
                end(visitor);
                return Optional.empty();
            }
            if (row.get().staffStage() == null) {
                visitor.staff = member;
            } else {
                visitor.pendingStaff = member;
                visitor.staffStage = StaffStage.valueOf(row.get().staffStage());
            }
        }
        if (row.get().applicantId() != null) {
            visitor.applicant = applicantAccounts.find(row.get().applicantId()).orElse(null);
            if (visitor.applicant == null) {
                end(visitor);
                return Optional.empty();
            }
        }
        if (Duration.between(row.get().lastSeen(), now).compareTo(TOUCH_EVERY) > 0) {
            sql.update("UPDATE web_session SET last_seen_at = ? WHERE id = ?", now, id);
        }
        return Optional.ofNullable(row.get().kept());
    }

    /** Gives an anonymous visitor a session (for a draft they are filling in), if they have none. */
    public String ensure(Visitor visitor) {
        if (visitor.resumed().sessionId == null) {
            create(visitor, null, VISITOR_IDLE, VISITOR_ABSOLUTE);
        }
        return visitor.sessionId;
    }

    /**
     * Signs a member of staff in: always a new session id, so a planted one cannot be taken over, and a new CSRF
     * token, so one read before signing in is no use after.
     */
    public void signInStaff(Visitor visitor, long staffId) {
        end(visitor);
        create(visitor, staffId, STAFF_IDLE, STAFF_ABSOLUTE);
        csrf.renew(visitor);
        visitor.staff = staffAccounts.find(staffId).orElseThrow();
    }

    /** A member of staff whose password is right, with a second step to take: a short session that opens no page. */
    public void beginStaffSignIn(Visitor visitor, long staffId, StaffStage stage) {
        end(visitor);
        create(visitor, staffId, STAFF_PENDING_IDLE, STAFF_PENDING_ABSOLUTE);
        csrf.renew(visitor);
        sql.update("UPDATE web_session SET staff_stage = ? WHERE id = ?", stage.name(), visitor.sessionId);
        visitor.pendingStaff = staffAccounts.find(staffId).orElseThrow();
        visitor.staffStage = stage;
    }

    /**
     * Signs a member of the public in (after their email link): a new session id and CSRF token, 30 minutes idle,
     * 12 hours in all.
     */
    public void signInApplicant(Visitor visitor, long applicantId) {
        end(visitor);
        create(visitor, null, APPLICANT_IDLE, APPLICANT_ABSOLUTE);
        csrf.renew(visitor);
        sql.update("UPDATE web_session SET applicant_id = ? WHERE id = ?", applicantId, visitor.sessionId);
        visitor.applicant = applicantAccounts.find(applicantId).orElseThrow();
    }

    public void end(Visitor visitor) {
        if (visitor.resumed().sessionId != null) {
            sql.update("DELETE FROM web_session WHERE id = ?", visitor.sessionId);
        }
        visitor.sessionId = null;
        visitor.staff = null;
        visitor.pendingStaff = null;
        visitor.staffStage = null;
        visitor.applicant = null;
        visitor.sessionEnded = true;
    }

    /**
     * Signs the visitor's account out everywhere: every session of their applicant or staff account ends, this one
     * included (for someone who signed in on a shared or lost device).
     */
    public int endEverywhere(Visitor visitor) {
        int ended = 0;
        if (visitor.resumed().applicant != null) {
            ended = sql.update("DELETE FROM web_session WHERE applicant_id = ?", visitor.applicant.id());
        } else if (visitor.staff != null) {
            ended = sql.update("DELETE FROM web_session WHERE staff_id = ?", visitor.staff.id());
        }
        end(visitor);
        return ended;
    }

    /** Deletes sessions past their time (their drafts go with them); returns how many. */
    public int purgeExpired() {
        LocalDateTime now = Times.nowUtc(clock);
        return sql.update("""
                DELETE FROM web_session
                WHERE expires_at <= ? OR last_seen_at <= DATE_SUB(?, INTERVAL idle_seconds SECOND)""", now, now);
    }

    private void create(Visitor visitor, Long staffId, Duration idle, Duration absolute) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = hash(token);
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                INSERT INTO web_session (id, staff_id, created_at, last_seen_at, expires_at, idle_seconds)
                VALUES (?, ?, ?, ?, ?, ?)""", id, staffId, now, now, now.plus(absolute), (int) idle.toSeconds());
        visitor.sessionId = id;
        visitor.newSessionToken = token;
        visitor.sessionEnded = false;
    }

    /** Writes the session cookie (a browser-session cookie, never stored on disk) when this request made or ended one. */
    public void writeCookie(Visitor visitor, MutableHttpResponse<?> response) {
        if (visitor.newSessionToken != null && visitor.sessionId != null) {
            response.cookie(baseCookie(Cookie.of(cookieName(), visitor.newSessionToken)));
        } else if (visitor.sessionEnded) {
            response.cookie(baseCookie(Cookie.of(cookieName(), "")).maxAge(0));
        }
    }

    Cookie baseCookie(Cookie cookie) {
        return cookie.httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax).path("/");
    }

    static String hash(String token) {
        return SecretToken.sha256(token);
    }
}
