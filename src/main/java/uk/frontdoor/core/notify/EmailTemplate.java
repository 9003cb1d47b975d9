package uk.frontdoor.core.notify;

/**
 * The emails Front Door sends. Each carries a reference and a link, never personal details: the words
 * are in {@code i18n/emails.properties} under {@code email.<key>.subject} and {@code email.<key>.body}.
 */
public enum EmailTemplate {
    ENQUIRY_RECEIVED("enquiryReceived"),
    SUPPORT_REQUEST_RECEIVED("supportRequestReceived"),
    SUPPORT_INFORMATION_RECEIVED("supportInformationReceived"),
    SIGN_IN_LINK("signInLink"),
    INVITED_TO_REGISTER("invitedToRegister"),
    JOURNEY_UPDATE("journeyUpdate"),
    EVENT_BOOKED("eventBooked"),
    EVENT_BOOKING_CANCELLED("eventBookingCancelled"),
    EVENT_CANCELLED("eventCancelled"),
    EVENT_CHANGED("eventChanged"),
    EVENT_WAITING("eventWaiting"),
    EVENT_PLACE_OFFERED("eventPlaceOffered"),
    EVENT_REMINDER("eventReminder"),
    TRAINING_ENROLLED("trainingEnrolled"),
    TRAINING_REMINDER("trainingReminder"),
    JOURNEY_DEADLINE("journeyDeadline"),
    STAFF_NEW_ACCOUNT("staffNewAccount"),
    STAFF_PASSWORD_RESET("staffPasswordReset"),
    EMAIL_CHANGE_CONFIRM("emailChangeConfirm"),
    EMAIL_CHANGED("emailChanged"),
    FEEDBACK_REQUEST("feedbackRequest"),
    TRAINING_SESSION_CHANGED("trainingSessionChanged"),
    TRAINING_SESSION_CANCELLED("trainingSessionCancelled"),
    TRAINING_COURSE_CANCELLED("trainingCourseCancelled"),
    TRAINING_COURSE_CHANGED("trainingCourseChanged");

    private final String key;

    EmailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
