package uk.frontdoor.core.staff.signon;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How staff single sign-on is set up: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (all three, or it is off),
 * OIDC_DISPLAY_NAME for the button's words, and the address the provider sends people back to, which the agency's IT
 * team registers with the provider: FRONTDOOR_BASE_URL + {@link #CALLBACK_PATH}.
 */
@Singleton
public class SingleSignOnSettings {
    public static final String CALLBACK_PATH = "/staff/sign-in/oidc/callback";
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnSettings.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String displayName;
    private final URI redirectUri;

    public SingleSignOnSettings(@Value("${frontdoor.oidc.issuer:}") String issuer,
                                @Value("${frontdoor.oidc.client-id:}") String clientId,
                                @Value("${frontdoor.oidc.client-secret:}") String clientSecret,
                                @Value("${frontdoor.oidc.display-name:}") String displayName,
                                @Value("${frontdoor.base-url}") String baseUrl) {
        this.issuer = issuer.trim();
        this.clientId = clientId.trim();
        this.clientSecret = clientSecret;
        this.displayName = displayName.trim();
        this.redirectUri = URI.create(baseUrl.replaceAll("/+$", "") + CALLBACK_PATH);
    }

    /** On only when the issuer, the client id and the client secret are all set. */
    public boolean isOn() {
        return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isBlank();
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    public URI redirectUri() {
        return redirectUri;
    }

    /** The button's words when OIDC_DISPLAY_NAME is set; otherwise the page uses its own. */
    public Optional<String> displayName() {
        return displayName.isEmpty() ? Optional.empty() : Optional.of(displayName);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (isOn()) {
            // the provider itself is read at the first sign-in, so the portal starts even while it is down
            LOG.info("Staff single sign-on is on: issuer {}, client {}, redirect URI {}", issuer, clientId, redirectUri);
        } else if (!issuer.isEmpty() || !clientId.isEmpty() || !clientSecret.isBlank()) {
            LOG.error("Staff single sign-on is off: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must all be set "
                    + "(issuer {}, client id {}, client secret {})", issuer.isEmpty() ? "missing" : "set",
                    clientId.isEmpty() ? "missing" : "set", clientSecret.isBlank() ? "missing" : "set");
        }
    }
}
