package uk.frontdoor.web.session;

import io.micronaut.http.HttpRequest;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.staff.StaffMember;

/**
 * Who is making this request: their browser session (if any), the staff member or applicant signed in (if any) and
 * their CSRF cookie. Held as a request attribute; the response filter writes any new cookies.
 */
public final class Visitor {
    public static final String ATTRIBUTE = "frontdoor.visitor";

    String sessionId;
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

    public static Visitor of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Visitor.class)
                .orElseThrow(() -> new IllegalStateException("No visitor on " + request.getPath()));
    }

    public String sessionId() {
        return sessionId;
    }

    public StaffMember staff() {
        return staff;
    }

    /** The member of staff part-way through signing in, at this stage; null otherwise. */
    public StaffMember pendingStaff(StaffStage stage) {
        return staffStage == stage ? pendingStaff : null;
    }

    /** The page where a member of staff part-way through signing in takes their next step; null for anyone else. */
    public String pendingStaffPage() {
        return staffStage == null ? null : staffStage.page();
    }

    public Applicant applicant() {
        return applicant;
    }

    public boolean isApplicant() {
        return applicant != null;
    }

    /** For the layout: whether to show the administration link. */
    public boolean isAdministrator() {
        return staff != null && staff.has(uk.frontdoor.core.staff.Role.ADMINISTRATOR);
    }

    public boolean isStaff() {
        return staff != null;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
