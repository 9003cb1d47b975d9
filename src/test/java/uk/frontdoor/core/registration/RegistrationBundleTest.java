package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every label and message the registration's rules can show is written in i18n/applicant.properties. */
class RegistrationBundleTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.applicant", Locale.UK);

    @Test
    void every_label_and_error_message_has_words() {
        List<String> missing = new ArrayList<>();
        for (RegistrationSection s : RegistrationSection.values()) {
            s.messageKeys().stream().filter(k -> !bundle.containsKey(k)).forEach(missing::add);
            if (!bundle.containsKey("registration." + s.slug() + ".hint")) {
                missing.add("registration." + s.slug() + ".hint");
            }
        }
        assertEquals(List.of(), missing);
    }
}
