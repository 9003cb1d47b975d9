package uk.frontdoor.platform.mail;

import jakarta.inject.Singleton;
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

@Singleton
class SmtpMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private final MailSettings settings;
    private final Session session;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        if (settings.configured()) {
            props.put("mail.smtp.host", settings.getHost());
            props.put("mail.smtp.port", String.valueOf(settings.getPort()));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "10000");
            props.put("mail.smtp.writetimeout", "10000");
            props.put("mail.smtp.starttls.enable", String.valueOf(settings.isStarttls()));
            props.put("mail.smtp.auth", String.valueOf(settings.getUsername() != null && !settings.getUsername().isBlank()));
        }
        this.session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.getUsername(), settings.getPassword());
            }
        });
        if (!settings.configured()) {
            LOG.warn("No SMTP_HOST configured: emails will be written to this log instead of being sent");
        }
    }

    @Override
    public void send(OutgoingEmail email) throws Exception {
        if (!settings.configured()) {
            LOG.info("EMAIL (not sent: no SMTP configured) to={} subject=\"{}\" attachments={}\n{}", email.to(), email.subject(),
                    email.attachments().stream().map(OutgoingEmail.Attachment::filename).toList(), email.body());
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
