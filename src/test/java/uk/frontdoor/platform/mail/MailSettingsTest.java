package uk.frontdoor.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.frontdoor.testing.LogCapture;

/** What an operator's mail settings let the portal do: start or not, and what reaches the log. */
class MailSettingsTest {

    @Test
    void production_refuses_to_start_without_a_relay_unless_told_on_purpose() {
        MailSettings none = new MailSettings();
        var refused = assertThrows(IllegalStateException.class, () -> new SmtpMailer(none, false));
        assertTrue(refused.getMessage().contains("SMTP_DISABLED=true"), refused.getMessage());

        none.setDisabled(true);
        new SmtpMailer(none, false);
        new SmtpMailer(new MailSettings(), true); // a developer's machine, on the embedded database
    }

    @Test
    void credentials_are_only_ever_sent_inside_starttls_and_starttls_is_never_quietly_skipped() {
        MailSettings relay = relay();
        relay.setUsername("frontdoor");
        relay.setPassword("secret");
        var refused = assertThrows(IllegalStateException.class, () -> new SmtpMailer(relay, false));
        assertTrue(refused.getMessage().contains("SMTP_STARTTLS=true"), refused.getMessage());

        relay.setStarttls(true);
        var props = new SmtpMailer(relay, false).sessionProperties();
        assertEquals("true", props.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", props.getProperty("mail.smtp.auth"));
    }

    @Test
    void an_email_not_sent_leaves_only_its_key_in_the_log(@TempDir Path pickup) throws Exception {
        OutgoingEmail email = new OutgoingEmail("outbox-42", "ada@example.org", "Your sign-in link",
                "Sign in: https://portal.example/sign-in/link?token=s3cr3t-t0ken");
        MailSettings disabled = new MailSettings();
        disabled.setDisabled(true);
        MailSettings developer = new MailSettings();
        developer.setPickupDir(pickup.toString());
        List<String> lines;
        try (LogCapture log = LogCapture.open()) {
            new SmtpMailer(disabled, false).send(email);
            new SmtpMailer(developer, true).send(email);
            lines = log.lines();
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("outbox-42")), lines.toString());
        for (String line : lines) {
            for (String secret : List.of("ada@example.org", "s3cr3t-t0ken", "Your sign-in link")) {
                assertFalse(line.contains(secret), line);
            }
        }
        assertTrue(Files.readString(pickup.resolve("outbox-42.txt")).contains("token=s3cr3t-t0ken"),
                "a developer reads the link from the file instead");
    }

    private static MailSettings relay() {
        MailSettings settings = new MailSettings();
        settings.setHost("smtp.example.org");
        return settings;
    }
}
