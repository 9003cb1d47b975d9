package uk.frontdoor.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) shared by every test in the JVM. Tests look only at their own recipients. */
public final class Mailbox {
    private static final java.util.regex.Pattern OUTBOX_ID = java.util.regex.Pattern.compile("<outbox-(\\d+)@frontdoor>");
    private static GreenMail greenMail;
    private static int port;

    private Mailbox() {
    }

    public static synchronized int port() {
        if (greenMail == null) {
            port = freePort();
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return port;
    }

    public static List<MimeMessage> to(String recipient) {
        port();
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /**
     * The recipients of each email the portal's outbox sent from rows after {@code outboxId} (each email's Message-ID
     * names its outbox row), exactly as the messages were addressed, one list per delivered copy.
     */
    public static List<List<String>> recipientsOfOutboxRowsAfter(long outboxId) {
        port();
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                java.util.regex.Matcher id = OUTBOX_ID.matcher(String.valueOf(m.getMessageID()));
                return id.matches() && Long.parseLong(id.group(1)) > outboxId;
            } catch (Exception e) {
                return false;
            }
        }).map(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(a -> ((jakarta.mail.internet.InternetAddress) a)
                        .getAddress()).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits until {@code count} emails have reached {@code recipient}, then returns them. */
    public static List<MimeMessage> await(String recipient, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = to(recipient);
        while (found.size() < count && System.nanoTime() < deadline) {
            sleep(100);
            found = to(recipient);
        }
        return found;
    }

    /**
     * Waits for the email to {@code recipient} whose subject starts with {@code subject}, and returns it: for a test
     * that waits for one email while others (a sign-in link, an invitation) come and go around it.
     */
    public static MimeMessage awaitSubject(String recipient, String subject, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (MimeMessage mail : to(recipient)) {
                try {
                    if (mail.getSubject() != null && mail.getSubject().startsWith(subject)) {
                        return mail;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no email \"" + subject + "…\" reached " + recipient);
    }

    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.internet.MimeMultipart parts) { // the text, then a calendar file
                content = parts.getBodyPart(0).getContent();
            }
            return String.valueOf(content).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
