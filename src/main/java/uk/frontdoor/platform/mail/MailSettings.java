package uk.frontdoor.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

@ConfigurationProperties("frontdoor.smtp")
public class MailSettings {
    private String host;
    private int port = 25;
    private String username;
    private String password;
    private boolean starttls;
    private String from = "no-reply@frontdoor.invalid";

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

    public boolean configured() {
        return host != null && !host.isBlank();
    }
}
