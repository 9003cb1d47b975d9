package uk.frontdoor.core.notify;

import java.util.List;
import java.util.Map;
import uk.frontdoor.platform.mail.OutgoingEmail;

/**
 * Files to attach to an email, built when the relay sends it from the email's parameters (a booking's id, say), so
 * the outbox row holds no more than it did. A bean answers for the templates it knows, and an empty list otherwise.
 */
public interface EmailAttachments {
    List<OutgoingEmail.Attachment> attachmentsFor(EmailTemplate template, Map<String, String> params);
}
