package uk.frontdoor.publicsite.events;

import java.util.List;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.EmailField;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/** A booking (or a place on the waiting list) as the person typed it. */
record BookingForm(String fullName, String email, String attending, String accessNeeds) {
    static final int MAX_NAME = 200;
    static final int MAX_NEEDS = 1000;
    /** The answers to "How many people are coming?". */
    static final List<Choice> ATTENDING_CHOICES = List.of(Choice.of("1", "events.book.attending.one"),
            Choice.of("2", "events.book.attending.two"));

    static BookingForm read(FormData form) {
        return new BookingForm(form.get("fullName"), form.get("email"), form.get("attending"), form.get("accessNeeds"));
    }

    FormErrors check(FormErrors errors) {
        if (fullName.isEmpty()) {
            errors.add("fullName", "events.book.error.nameMissing");
        } else if (fullName.codePointCount(0, fullName.length()) > MAX_NAME) {
            errors.add("fullName", "events.book.error.nameTooLong");
        }
        EmailField.read(email, "email", "events.book.email", errors);
        return checkAttendingAndNeeds(attending, accessNeeds, errors);
    }

    /** How many come (1 or 2) and the access needs: asked when booking and again when changing a booking. */
    static FormErrors checkAttendingAndNeeds(String attending, String accessNeeds, FormErrors errors) {
        if (!attending.equals("1") && !attending.equals("2")) {
            errors.add("attending", "events.book.error.attendingMissing");
        }
        if (accessNeeds.codePointCount(0, accessNeeds.length()) > MAX_NEEDS) {
            errors.add("accessNeeds", "events.book.error.needsTooLong");
        }
        return errors;
    }

    Booker booker(Long applicantId) {
        return new Booker(fullName, EmailAddress.canonical(email).orElseThrow(), Integer.parseInt(attending), accessNeeds,
                applicantId);
    }
}
