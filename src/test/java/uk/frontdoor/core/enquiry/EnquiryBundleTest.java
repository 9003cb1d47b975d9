package uk.frontdoor.core.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import uk.frontdoor.core.questions.Question;
import org.junit.jupiter.api.Test;

/** Every message the enquiry's rules and options can show is written in i18n/enquiry.properties. */
class EnquiryBundleTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.enquiry", Locale.UK);
    /** The email address messages every form shares are worded once, in i18n/messages.properties (ADR 29). */
    private final ResourceBundle shared = ResourceBundle.getBundle("i18n.messages", Locale.UK);

    @Test
    void every_error_message_and_option_label_has_words() {
        List<String> missing = new ArrayList<>();
        for (EnquiryStep step : EnquiryStep.values()) {
            if (!bundle.containsKey("enquiry." + step.slug() + ".title")) {
                missing.add("enquiry." + step.slug() + ".title");
            }
            for (Question q : step.questions()) {
                List<String> keys = new ArrayList<>(q.messageKeys(EnquiryStep.MESSAGES));
                q.codes().forEach(code -> keys.add("enquiry." + q.name() + "." + code));
                keys.add("enquiry.check." + q.name());
                keys.stream().filter(k -> !bundle.containsKey(k) && !shared.containsKey(k)).forEach(missing::add);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void the_acknowledgement_email_has_a_subject_and_a_body_with_the_reference() {
        ResourceBundle emails = ResourceBundle.getBundle("i18n.emails", Locale.UK);
        assertEquals(true, emails.getString("email.enquiryReceived.body").contains("{reference}"));
        assertEquals(false, emails.getString("email.enquiryReceived.subject").isBlank());
    }
}
