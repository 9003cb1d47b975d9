package uk.frontdoor.web.form;

/** The forms anyone may send without signing in, each guarded against automation by {@link FormGuard}. */
public enum PublicForm {
    ENQUIRY("enquiry", "enquiry", "enquiries-per-hour", 20, false, true),
    /** Whoever is refused is reminded who to call if a child is in danger now. */
    SUPPORT_REQUEST("support-request", "support", "support-requests-per-hour", 10, true, true),
    /** Booking a place and joining a waiting list: one count, since both claim an event's places. */
    EVENT_BOOKING("event-booking", "events.book", "bookings-per-hour", 20, false, false);

    /** The name its counts are kept under: {@code <counter>} per client address, {@code <counter>-email} per email. */
    final String counter;
    /** Where its words are: {@code <messages>.tooMany.*} and {@code <messages>.refused.phone}. */
    final String messages;
    /** How many may be sent from one client address in an hour: {@code frontdoor.rate-limit.<setting>}. */
    final String setting;
    final int defaultPerHour;
    final boolean dangerWarning;
    /** Whether its pages, the refusals too, carry "Exit this page" (people who may be watched use it). */
    final boolean exitThisPage;

    PublicForm(String counter, String messages, String setting, int defaultPerHour, boolean dangerWarning,
               boolean exitThisPage) {
        this.counter = counter;
        this.messages = messages;
        this.setting = setting;
        this.defaultPerHour = defaultPerHour;
        this.dangerWarning = dangerWarning;
        this.exitThisPage = exitThisPage;
    }
}
