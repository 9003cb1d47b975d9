package uk.frontdoor.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key defined twice in the message bundles is silently answered by one of the two: a new page's "Contact details"
 * once replaced the work item's "Contact log" heading and its button's words, and browser tests that pressed "Add to
 * contact log" found no such button. Every key is defined once, in one bundle.
 */
class EveryWordIsDefinedOnceTest {
    private static final List<String> BUNDLES =
            List.of("messages", "enquiry", "applicant", "support", "staff", "events", "pages", "emails");

    @Test
    void no_key_is_defined_twice_in_any_bundle() throws IOException {
        Map<String, String> firstSeen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : BUNDLES) {
            String text;
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            boolean continued = false;
            int number = 0;
            for (String line : text.split("\n", -1)) {
                number++;
                String trimmed = line.strip();
                boolean continues = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
                if (!continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    String key = trimmed.split("[=:]", 2)[0].strip();
                    String where = bundle + ".properties:" + number;
                    String before = firstSeen.putIfAbsent(key, where);
                    if (before != null) {
                        twice.add(key + " (" + before + " and " + where + ")");
                    }
                }
                continued = continues;
            }
        }
        assertEquals(List.of(), twice);
    }
}
