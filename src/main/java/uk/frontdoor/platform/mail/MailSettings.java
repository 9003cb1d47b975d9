package uk.frontdoor.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.Optional;

@ConfigurationProperties("frontdoor.smtp")
public class MailSettings {
    private String host;
    private int port = 25;
    private String username;
    private String password;
    private boolean starttls;
    private String from = "no-reply@frontdoor.invalid";
    private boolean disabled;
    private String pickupDir;

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isStarttls() { return starttls; }
    public void setStarttls(boolean starttls) { this.starttls = starttls; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }

    /** {@code SMTP_DISABLED=true}: an operator chose to run with no mail relay (emails are kept, not sent). */
    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    /** Where emails are written as files when there is no relay (set only with the embedded database). */
    public String getPickupDir() { return pickupDir; }
    public void setPickupDir(String pickupDir) { this.pickupDir = pickupDir; }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    boolean hasCredentials() {
        return username != null && !username.isBlank();
    }

    /**
     * Why the portal must not start with these settings, if it must not: in production (not on the embedded database)
     * a relay is required unless {@code SMTP_DISABLED=true}, and credentials may cross the network only inside STARTTLS.
     */
    public Optional<String> refusal(boolean embeddedDatabase) {
        if (!configured() && !disabled && !embeddedDatabase) {
            return Optional.of("No SMTP_HOST: sign-in links and acknowledgements could not be sent. Set SMTP_HOST, or"
                    + " SMTP_DISABLED=true to run without email on purpose");
        }
        if (configured() && hasCredentials() && !starttls) {
            return Optional.of("SMTP_USERNAME is set but SMTP_STARTTLS is not true: the password would cross the"
                    + " network in clear. Set SMTP_STARTTLS=true");
        }
        return Optional.empty();
    }
}
