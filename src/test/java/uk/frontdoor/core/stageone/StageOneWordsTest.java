package uk.frontdoor.core.stageone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;

/** Every check, status, state, event and clock state that the Stage One pages name by code has words. */
class StageOneWordsTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StageOneWordsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_code_the_stage_one_pages_show_has_words() throws IOException {
        Properties applicant = bundle("applicant");
        Properties staff = bundle("staff");
        List<String> missing = new ArrayList<>();
        for (CheckKind k : CheckKind.values()) {
            need(applicant, "stageOne.check." + k, missing);
            need(applicant, "stageOne.check." + k + ".of", missing);
        }
        for (CheckStatus s : CheckStatus.values()) {
            need(applicant, "stageOne.status." + s, missing);
        }
        for (JourneyState s : JourneyState.values()) {
            need(staff, "staff.journey.state." + s, missing);
            need(applicant, "account.journey.state." + s, missing);
        }
        for (JourneyEvent e : JourneyEvent.values()) {
            need(staff, "staff.journey.event." + e, missing);
        }
        for (JourneyClocks.ClockState c : JourneyClocks.ClockState.values()) {
            need(staff, "staff.journey.clock." + c, missing);
        }
        for (String choice : List.of("pause", "resume", "withdraw")) {
            need(applicant, "account.choice." + choice, missing);
            need(applicant, "account.choice.done." + choice, missing);
            need(staff, "staff.journey.choice." + choice, missing);
            need(staff, "staff.journey.done." + choice, missing);
        }
        for (String done : List.of("check", "extension", "outcome")) {
            need(staff, "staff.journey.done." + done, missing);
        }
        assertTrue(missing.isEmpty(), "no words for " + missing);
    }

    private static void need(Properties bundle, String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }
}
