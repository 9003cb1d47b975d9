package uk.frontdoor.platform.mail;

/** A plain-text email ready to send. {@code key} makes its Message-ID stable across retries. */
public record OutgoingEmail(String key, String to, String subject, String body) {
}
