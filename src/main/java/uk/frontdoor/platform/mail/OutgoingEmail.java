package uk.frontdoor.platform.mail;

import java.util.List;

/**
 * A plain-text email ready to send, with any attachments (such as a calendar invitation). {@code key} makes its
 * Message-ID stable across retries.
 */
public record OutgoingEmail(String key, String to, String subject, String body, List<Attachment> attachments) {
    public OutgoingEmail(String key, String to, String subject, String body) {
        this(key, to, subject, body, List.of());
    }

    /** A file sent with an email. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
