package uk.frontdoor.core.audit;

import uk.frontdoor.core.calendar.TypedDate;

/**
 * A search of the audit log as the data protection officer typed it (kept as typed, so the page shows it again):
 * whose record ({@code subject} and {@code subjectId}, or a work item's {@code reference}), which member of staff
 * ({@code actor}, a staff account's id), what kind of entry ({@code action}), the UK days {@code from} and {@code to}
 * (both included), and where the page starts ({@code beforeAt} and {@code beforeId}, the last entry of the page before;
 * blank for the newest). {@link AuditSearch#search} checks every part.
 */
public record AuditQuery(String subject, String subjectId, String reference, String actor, String action,
                         TypedDate from, TypedDate to, String beforeAt, String beforeId) {

    public AuditQuery {
        subject = trim(subject);
        subjectId = trim(subjectId);
        reference = trim(reference);
        actor = trim(actor);
        action = trim(action);
        beforeAt = trim(beforeAt);
        beforeId = trim(beforeId);
    }

    /** Everything, newest first. */
    public static AuditQuery everything() {
        return new AuditQuery("", "", "", "", "", TypedDate.blank(), TypedDate.blank(), "", "");
    }

    /** The same search, starting after the entry at {@code at} with {@code id} (the "Older entries" link). */
    public AuditQuery before(String at, long id) {
        return new AuditQuery(subject, subjectId, reference, actor, action, from, to, at, String.valueOf(id));
    }

    /** The same search from the newest entry (the "Newest entries" link). */
    public AuditQuery withoutPlace() {
        return new AuditQuery(subject, subjectId, reference, actor, action, from, to, "", "");
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
