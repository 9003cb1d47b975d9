package uk.frontdoor.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.questions.DateQuestion;
import uk.frontdoor.core.questions.Question;

/** Every message the support request's rules and options can show is written in i18n/support.properties. */
class SupportBundleTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.support", Locale.UK);
    /** The email address messages every form shares are worded once, in i18n/messages.properties (ADR 29). */
    private final ResourceBundle shared = ResourceBundle.getBundle("i18n.messages", Locale.UK);

    @Test
    void every_error_message_option_label_and_summary_row_has_words() {
        List<String> missing = new ArrayList<>();
        for (SupportStep step : SupportStep.values()) {
            List<String> keys = new ArrayList<>(List.of("support." + step.slug() + ".title"));
            for (Question q : step.questions()) {
                keys.addAll(q.messageKeys(SupportStep.MESSAGES));
                q.codes().forEach(code -> keys.add("support." + q.name() + "." + code));
                keys.add("support.check." + q.name());
            }
            for (DateQuestion d : step.dates()) {
                keys.addAll(d.messageKeys(SupportStep.MESSAGES));
                keys.add("support.check." + d.name());
            }
            keys.stream().filter(k -> !bundle.containsKey(k) && !shared.containsKey(k)).forEach(missing::add);
        }
        for (Responsibility.Rule rule : Responsibility.Rule.values()) {
            String key = "support.rule." + rule.name();
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void the_acknowledgement_email_has_the_reference_and_nothing_to_fill_in_about_the_person() {
        ResourceBundle emails = ResourceBundle.getBundle("i18n.emails", Locale.UK);
        String body = emails.getString("email.supportRequestReceived.body");
        assertEquals(true, body.contains("{reference}"));
        assertFalse(body.replace("{reference}", "").replace("{baseUrl}", "").contains("{"), body);
    }
}
