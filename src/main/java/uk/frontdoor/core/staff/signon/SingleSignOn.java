package uk.frontdoor.core.staff.signon;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff single sign-on by OpenID Connect (ADR 0027). {@link #start} makes a sign-on attempt bound to the browser and
 * gives the provider's address to send the browser to; {@link #finish} takes what the provider sent back, uses the
 * attempt up, has the ID token checked and finds the staff account ({@link IdentityLinks}). The caller signs the person
 * in on {@link SignOnResult.SignedIn}. The browser key is any secret only that browser holds (the web layer gives
 * its CSRF token); only its SHA-256 is kept.
 */
@Singleton
public class SingleSignOn {
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);
    private static final int MAX_CODE = 4_000;

    private final SingleSignOnSettings settings;
    private final OpenIdProvider provider;
    private final SignOnAttempts attempts;
    private final IdentityLinks links;

    SingleSignOn(SingleSignOnSettings settings, OpenIdProvider provider, SignOnAttempts attempts, IdentityLinks links) {
        this.settings = settings;
        this.provider = provider;
        this.attempts = attempts;
        this.links = links;
    }

    /** What the provider sent the browser back with (query parameters of the redirect URI). */
    public record Callback(String state, String code, String error, String issuer) {
    }

    /** The provider cannot be reached just now. */
    public static final class Unavailable extends Exception {
        Unavailable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Deletes sign-ons in progress a day after they were started (a clean-up job runs it). */
    public int forgetOldAttempts() {
        return attempts.purgeOld();
    }

    public boolean isOn() {
        return settings.isOn();
    }

    /** The button's words when OIDC_DISPLAY_NAME is set. */
    public Optional<String> displayName() {
        return settings.displayName();
    }

    /** Origins the sign-in page's button may post to (see {@link OpenIdProvider#formTargets}). */
    public Set<String> formTargets() {
        return settings.isOn() ? provider.formTargets() : Set.of();
    }

    /** Starts a sign-on in this browser; returns where to send the browser. {@code next} must already be safe. */
    public URI start(String browserKey, String next) throws Unavailable {
        requireOn();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorization;
        try {
            authorization = provider.authorizationRequest(state, nonce, verifier);
        } catch (OpenIdProvider.Unavailable e) {
            throw new Unavailable(e);
        }
        attempts.start(state.getValue(), browserKey, nonce.getValue(), verifier.getValue(), next);
        return authorization;
    }

    public SignOnResult finish(String browserKey, Callback callback) {
        requireOn();
        SignOnAttempts.Use use = attempts.use(callback.state(), browserKey);
        if (!(use instanceof SignOnAttempts.Use.Fresh attempt)) {
            return refuseAttempt(use);
        }
        if (callback.error() != null) {
            return links.refuse(Refusal.PROVIDER_ERROR, null, "the provider answered " + shortened(callback.error()));
        }
        if (callback.code() == null || callback.code().isEmpty() || callback.code().length() > MAX_CODE) {
            return links.refuse(Refusal.PROVIDER_ERROR, null, "the provider sent no usable code");
        }
        if (callback.issuer() != null && !callback.issuer().equals(settings.issuer())) {
            // RFC 9207: a response that names another issuer is from another provider (a mix-up attack)
            return links.refuse(Refusal.BAD_TOKEN, null, "the response names another issuer: " + shortened(callback.issuer()));
        }
        IDTokenClaimsSet claims;
        try {
            claims = provider.verifiedClaims(new AuthorizationCode(callback.code()),
                    new CodeVerifier(attempt.codeVerifier()), new Nonce(attempt.nonce()));
        } catch (OpenIdProvider.Unavailable e) {
            LOG.error("Staff single sign-on is unavailable: {}", e.getMessage());
            return new SignOnResult.Unavailable();
        } catch (OpenIdProvider.CodeRefused e) {
            return links.refuse(Refusal.PROVIDER_ERROR, null, e.getMessage());
        } catch (OpenIdProvider.TokenRejected e) {
            return links.refuse(Refusal.BAD_TOKEN, null, e.getMessage());
        }
        Optional<ProviderIdentity> identity = ProviderIdentity.from(settings.issuer(), claims.toJSONObject());
        if (identity.isEmpty()) {
            return links.refuse(Refusal.BAD_TOKEN, null, "the ID token has no usable subject (oid or sub)");
        }
        return links.signIn(identity.get(), attempt.next());
    }

    private SignOnResult refuseAttempt(SignOnAttempts.Use use) {
        if (use instanceof SignOnAttempts.Use.Replayed replayed) {
            return replayed.first()
                    ? links.refuse(Refusal.STATE_REPLAYED, null, "the state was used already (a replay)")
                    : turnAway(Refusal.STATE_REPLAYED, "the state was used already, and its replay was audited");
        }
        if (use instanceof SignOnAttempts.Use.Expired) {
            return links.refuse(Refusal.STATE_EXPIRED, null, "the sign-on was started more than "
                    + SignOnAttempts.VALID_FOR.toMinutes() + " minutes ago");
        }
        if (use instanceof SignOnAttempts.Use.OtherBrowser) {
            return links.refuse(Refusal.OTHER_BROWSER, null, "the sign-on was started in another browser");
        }
        return turnAway(Refusal.STATE_UNKNOWN, "no sign-on was started with this state");
    }

    /**
     * A refusal logged but not audited: a state nobody started, or a replay already audited once. Anyone can send these
     * at no cost, and the audit log is append-only; each attempt started here is audited at most three times.
     */
    private static SignOnResult turnAway(Refusal refusal, String detail) {
        LOG.info("Single sign-on refused ({}): {}", refusal, detail);
        return new SignOnResult.Refused(refusal);
    }

    private void requireOn() {
        if (!settings.isOn()) {
            throw new IllegalStateException("Single sign-on is off");
        }
    }

    private static String shortened(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
