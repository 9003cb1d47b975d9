package uk.frontdoor.platform.mail;

/** Hands an email to SMTP, or with no SMTP configured writes it to the log. Never drops one silently. */
public interface Mailer {
    void send(OutgoingEmail email) throws Exception;
}
