package uk.frontdoor.web.session;

/**
 * How far a member of staff is through signing in when their password is right but the session does not yet open
 * any staff page: the code from their authenticator app comes next, or they must set one up first.
 */
public enum StaffStage {
    CODE("/staff/sign-in/code"),
    SET_UP("/staff/two-factor/set-up");

    private final String page;

    StaffStage(String page) {
        this.page = page;
    }

    /** The page that takes the next step. */
    public String page() {
        return page;
    }
}
