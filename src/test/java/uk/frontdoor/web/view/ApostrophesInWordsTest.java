package uk.frontdoor.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages read their words through a message format in which a lone ASCII apostrophe starts a quotation and vanishes
 * ("every team's cases" showed as "every teams cases"): words people read use the typographic ’ instead (or ''
 * where a plain one is meant). Emails are filled by our own code, so their bundle may use either.
 */
class ApostrophesInWordsTest {
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void no_page_word_has_an_apostrophe_the_page_would_swallow() throws IOException {
        List<String> swallowed = new ArrayList<>();
        for (String bundle : List.of("messages", "enquiry", "applicant", "support", "staff", "events", "pages")) {
            Properties words = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            words.forEach((key, value) -> {
                if (LONE_APOSTROPHE.matcher(value.toString()).find()) {
                    swallowed.add(bundle + ": " + key);
                }
            });
        }
        assertEquals(List.of(), swallowed);
    }
}
