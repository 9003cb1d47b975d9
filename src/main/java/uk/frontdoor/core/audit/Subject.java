package uk.frontdoor.core.audit;

/**
 * What a work item or an audit entry is about. Stored by name ({@code subject_type} columns), so a name never
 * changes once released; add new ones at the end.
 */
public enum Subject {
    ENQUIRY,
    SUPPORT_REQUEST,
    REGISTRATION,
    JOURNEY,
    STAFF,
    TEAM,
    BOROUGH,
    INFO_EVENT,
    TRAINING_COURSE,
    TRAINING_SESSION,
    WORK_TARGET,
    REGION,
    /** The audit log itself: searches of it and verifications of its chain (ADR 36). */
    AUDIT_LOG,
    /** The retention schedule: its changes, and each day's run (ADR 38). */
    RETENTION_SCHEDULE,
    /** A member of the public as a whole (every record with their address): subject access searches and reports (ADR 39). */
    PERSON,
    /** The management information: a report shown or one of its tables downloaded (issue 13). */
    REPORT,
    /** The England and Wales bank holidays the working days follow: each import of them (issue 15). */
    BANK_HOLIDAYS;

    /** The subject a stored {@code subject_type} names. */
    public static Subject stored(String name) {
        return valueOf(name);
    }
}
