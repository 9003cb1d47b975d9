package uk.frontdoor.web.session;

import io.micronaut.http.HttpRequest;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.staff.StaffMember;

/**
 * Who is making this request: their browser session (if any), the staff member or applicant signed in (if any) and
 * their CSRF cookie. Held as a request attribute; the response filter writes any new cookies.
 * <p>
 * The session row is read when something first asks about it (ADR 63): a question page of a public form reads it
 * together with its draft, in one query ({@link WebSessions#withRow}), and a request that never asks reads nothing.
 */
public final class Visitor {
    public static final String ATTRIBUTE = "frontdoor.visitor";

    String sessionId;
    /** The hash of the session cookie's token, while the row it names is not read yet ({@link #resumed}). */
    String pendingSessionId;
    /** Reads the session row on first use; null once read, or when the browser sent no session cookie. */
    WebSessions unread;
    String newSessionToken;
    boolean sessionEnded;
    StaffMember staff;
    /** A member of staff whose password is right but who has a second step to take ({@link #staffStage}). */
    StaffMember pendingStaff;
    StaffStage staffStage;
    Applicant applicant;
    String csrfCookie;
    boolean newCsrfCookie;
    String csrfToken;
    /** Makes the token when a page first asks for it: a page with no form costs no random cookie and no HMAC. */
    CsrfTokens csrf;

    public static Visitor of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Visitor.class)
                .orElseThrow(() -> new IllegalStateException("No visitor on " + request.getPath()));
    }

    /** Reads the session row now if it is not read yet; after this the fields above are the session's. */
    Visitor resumed() {
        WebSessions sessions = unread;
        if (sessions != null) {
            unread = null;
            sessions.load(this, pendingSessionId, null, null);
        }
        return this;
    }

    public String sessionId() {
        return resumed().sessionId;
    }

    public StaffMember staff() {
        return resumed().staff;
    }

    /** The member of staff part-way through signing in, at this stage; null otherwise. */
    public StaffMember pendingStaff(StaffStage stage) {
        return resumed().staffStage == stage ? pendingStaff : null;
    }

    /** The page where a member of staff part-way through signing in takes their next step; null for anyone else. */
    public String pendingStaffPage() {
        return resumed().staffStage == null ? null : staffStage.page();
    }

    public Applicant applicant() {
        return resumed().applicant;
    }

    public boolean isApplicant() {
        return resumed().applicant != null;
    }

    /** For the layout: whether to show the administration link. */
    public boolean isAdministrator() {
        return staff() != null && staff.has(uk.frontdoor.core.staff.Role.ADMINISTRATOR);
    }

    public boolean isStaff() {
        return staff() != null;
    }

    /**
     * This browser's CSRF token, for a form or a header. Made on first use, with a new cookie if the browser has none:
     * pages without a form (the home page, the events) then set no cookie at all.
     */
    public String csrfToken() {
        if (csrfToken == null && csrf != null) {
            csrf.issue(this);
        }
        return csrfToken;
    }

    /** Whether this request gave the browser a new CSRF cookie (a page that did is not the same for everyone). */
    public boolean newCsrfCookie() {
        return newCsrfCookie;
    }
}
