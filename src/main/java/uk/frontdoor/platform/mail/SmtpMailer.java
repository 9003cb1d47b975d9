package uk.frontdoor.platform.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.frontdoor.platform.db.EmbeddedMode;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through the relay of {@code SMTP_*}. Refuses to start when the settings are unsafe ({@link MailSettings#refusal}).
 * With no relay, an email is never logged beyond its key: on the embedded database (a developer's machine) it is written
 * as a file to read the links from; with {@code SMTP_DISABLED=true} it is dropped, and the log says which one.
 */
@Context
class SmtpMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private final MailSettings settings;
    private final Session session;

    SmtpMailer(MailSettings settings,
               @Property(name = EmbeddedMode.PROPERTY, defaultValue = "false") boolean embedded) {
        settings.refusal(embedded).ifPresent(why -> {
            throw new IllegalStateException("Refusing to start: " + why);
        });
        this.settings = settings;
        Properties props = new Properties();
        if (settings.configured()) {
            props.put("mail.smtp.host", settings.getHost());
            props.put("mail.smtp.port", String.valueOf(settings.getPort()));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "10000");
            props.put("mail.smtp.writetimeout", "10000");
            props.put("mail.smtp.starttls.enable", String.valueOf(settings.isStarttls()));
            // asked for, STARTTLS is required: a relay that does not offer it is refused, never a quiet downgrade
            props.put("mail.smtp.starttls.required", String.valueOf(settings.isStarttls()));
            props.put("mail.smtp.auth", String.valueOf(settings.hasCredentials()));
        }
        this.session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.getUsername(), settings.getPassword());
            }
        });
        if (!settings.configured()) {
            LOG.warn("No SMTP_HOST configured: emails are not sent; {}", settings.getPickupDir() != null
                    ? "they are written as files to " + settings.getPickupDir() : "SMTP_DISABLED=true, they are dropped");
        }
    }

    /** What the mail session was given (the tests check STARTTLS is required). */
    Properties sessionProperties() {
        return session.getProperties();
    }

    /** Never logs the address, subject or body: they are personal data, and bodies carry sign-in links. */
    private void keepWithoutSending(OutgoingEmail email) throws java.io.IOException {
        if (settings.getPickupDir() == null) {
            LOG.info("Email {} not sent: SMTP_DISABLED", email.key());
            return;
        }
        Path dir = Path.of(settings.getPickupDir());
        Files.createDirectories(dir);
        Path file = dir.resolve(email.key() + ".txt");
        Files.writeString(file, "To: " + email.to() + "\nSubject: " + email.subject() + "\nAttachments: "
                + email.attachments().stream().map(OutgoingEmail.Attachment::filename).toList() + "\n\n" + email.body(),
                StandardCharsets.UTF_8);
        LOG.info("Email {} not sent (no SMTP_HOST): written to {}", email.key(), file);
    }

    @Override
    public void send(OutgoingEmail email) throws Exception {
        if (!settings.configured()) {
            keepWithoutSending(email);
            return;
        }
        String messageId = "<" + email.key() + "@frontdoor>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.getFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        if (email.attachments().isEmpty()) {
            message.setText(email.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (OutgoingEmail.Attachment a : email.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                file.setFileName(a.filename());
                parts.addBodyPart(file);
            }
            message.setContent(parts);
        }
        Transport.send(message);
    }
}
