package uk.frontdoor.core.stageone;

/** Where one Stage One check stands. The applicant sees this, never what the check found. */
public enum CheckStatus {
    NOT_STARTED, REQUESTED, RECEIVED, COMPLETED, NEEDS_ATTENTION;

    /** The status named by a form value, if it is one. */
    public static java.util.Optional<CheckStatus> named(String value) {
        for (CheckStatus s : values()) {
            if (s.name().equals(value)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
