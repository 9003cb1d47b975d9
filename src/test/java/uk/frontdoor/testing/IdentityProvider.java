package uk.frontdoor.testing;

import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * A real OpenID Connect provider in the test JVM, standing in for a council's Entra ID: NAV's mock-oauth2-server, one
 * per JVM, with its login page on (a person types a subject and, optionally, claims as JSON). It publishes real
 * signing keys at its JWKS address and signs real ID tokens, so the portal does the whole authorization code flow and
 * really checks signatures. A test can make the next token odd ({@link #nextToken}: another audience, an expired one,
 * a wrong nonce) or have the token endpoint answer with a token made elsewhere ({@link #answerNextTokenRequestWith}).
 */
public final class IdentityProvider {
    /** The tenant's path on the provider: the issuer is {@code http://localhost:<port>/council}. */
    public static final String TENANT = "council";
    public static final String CLIENT_ID = "front-door-tests";
    public static final String CLIENT_SECRET = "a-test-client-secret";

    private static MockOAuth2Server server;
    private static final AtomicReference<String> cannedIdToken = new AtomicReference<>();

    private IdentityProvider() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true), new CannedTokenResponse());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
            warmUp(server);
        }
        return server;
    }

    /**
     * Asks the new provider for its configuration and keys once, so that the portal's first sign-in does not wait
     * for the provider's own first-request start-up (seconds on a busy 2-core machine, against the portal's timeouts).
     */
    private static void warmUp(MockOAuth2Server provider) {
        HttpClient http = HttpClient.newHttpClient();
        for (var url : List.of(provider.wellKnownUrl(TENANT), provider.jwksUrl(TENANT))) {
            try {
                http.send(HttpRequest.newBuilder(url.uri()).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static String issuer() {
        return server().issuerUrl(TENANT).toString();
    }

    /**
     * The settings of a portal whose staff sign in with this provider: the issuer, client and secret, and a port chosen
     * now so that FRONTDOOR_BASE_URL (and so the redirect URI) names the address the portal will really answer on.
     */
    public static Map<String, String> settings() {
        int port = freePort();
        Map<String, String> settings = new HashMap<>();
        settings.put("micronaut.server.port", String.valueOf(port));
        settings.put("frontdoor.base-url", "http://localhost:" + port);
        settings.put("frontdoor.oidc.issuer", issuer());
        settings.put("frontdoor.oidc.client-id", CLIENT_ID);
        settings.put("frontdoor.oidc.client-secret", CLIENT_SECRET);
        return settings;
    }

    /**
     * Makes the next ID token the provider signs carry these claims on top of its own (claims given here win, so
     * {@code aud} or {@code nonce} can be made wrong) and expire {@code expirySeconds} after it is made. The subject is
     * what the person types on the login page. Not for an expired token: the token response's {@code expires_in} would
     * be negative too, and Nimbus refuses the response before it reads the ID token; answer with
     * {@code server().issueToken(...)} through {@link #answerNextTokenRequestWith} instead.
     */
    public static void nextToken(Map<String, Object> claims, long expirySeconds) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(TENANT, "ignored", JOSEObjectType.JWT.getType(),
                List.of(CLIENT_ID), claims, expirySeconds));
    }

    /** The next request to the token endpoint gets this ID token (one not made by this provider, say) instead. */
    public static void answerNextTokenRequestWith(String idToken) {
        server();
        cannedIdToken.set(idToken);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers one token request with {@link #cannedIdToken} when a test has set it; otherwise leaves it alone. */
    private static final class CannedTokenResponse implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return cannedIdToken.get() != null && request.getMethod().equals("POST")
                    && request.getUrl().encodedPath().equals("/" + TENANT + "/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String idToken = cannedIdToken.getAndSet(null);
            String body = "{\"token_type\":\"Bearer\",\"access_token\":\"not-used\",\"expires_in\":3600,\"id_token\":\""
                    + idToken + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }
}
