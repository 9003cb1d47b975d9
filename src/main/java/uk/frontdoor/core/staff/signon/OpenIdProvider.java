package uk.frontdoor.core.staff.signon;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agency's OpenID Connect provider (Entra ID), spoken to with the Nimbus OAuth 2.0 / OpenID Connect SDK
 * (ADR 0027): the authorization request (code flow, PKCE S256, state, nonce), the code exchanged for tokens, and the ID
 * token checked by Nimbus' {@link IDTokenValidator}: signature against the provider's published keys (JWKS), issuer,
 * audience, expiry and nonce. The provider's configuration is read from {@code OIDC_ISSUER/.well-known/openid-configuration}
 * at the first sign-in, never at start-up, so the portal starts while the provider is down; a failure is logged and
 * tried again at the next sign-in.
 */
@Singleton
class OpenIdProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OpenIdProvider.class);
    static final Scope SCOPE = new Scope("openid", "email", "profile");
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;

    private final SingleSignOnSettings settings;
    private volatile Discovered discovered;

    OpenIdProvider(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    /** What discovery found, and the validator made from it (it keeps and refreshes the provider's keys). */
    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, ClientAuthentication client) {
    }

    /** The provider cannot be reached, or answered nonsense: nobody can sign in with it just now. */
    static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider would not give tokens for the code (used, expired, or PKCE did not match). */
    static final class CodeRefused extends Exception {
        CodeRefused(String message) {
            super(message);
        }
    }

    /** The ID token failed a check; the message says which, and never holds the token. */
    static final class TokenRejected extends Exception {
        TokenRejected(String message) {
            super(message);
        }
    }

    /** Where to send the browser to sign in. */
    URI authorizationRequest(State state, Nonce nonce, CodeVerifier verifier) throws Unavailable {
        Discovered provider = discover();
        return new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE, new ClientID(settings.clientId()),
                settings.redirectUri())
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Exchanges the code (with the PKCE verifier) and returns the ID token's claims once every check passed. */
    IDTokenClaimsSet verifiedClaims(AuthorizationCode code, CodeVerifier verifier, Nonce nonce)
            throws Unavailable, CodeRefused, TokenRejected {
        Discovered provider = discover();
        TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(), provider.client(),
                new AuthorizationCodeGrant(code, settings.redirectUri(), verifier));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            HTTPResponse answer = http.send();
            if (answer.getStatusCode() >= 500) {
                throw new Unavailable("the token endpoint answered " + answer.getStatusCode(), null);
            }
            response = OIDCTokenResponseParser.parse(answer);
        } catch (IOException e) {
            throw new Unavailable("the token endpoint could not be reached: " + e, e);
        } catch (ParseException e) {
            throw new TokenRejected("the token response could not be read: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((TokenErrorResponse) response).getErrorObject();
            throw new CodeRefused("the token endpoint refused the code: "
                    + (error == null ? "no error given" : error.getCode() + " " + error.getHTTPStatusCode()));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new TokenRejected("the token response has no ID token");
        }
        try {
            return provider.validator().validate(idToken, nonce);
        } catch (BadJOSEException e) {
            throw new TokenRejected("the ID token failed its checks: " + e.getMessage());
        } catch (KeySourceException e) {
            throw new Unavailable("the provider's keys could not be read: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new TokenRejected("the ID token could not be checked: " + e.getMessage());
        }
    }

    /**
     * The origins the sign-in page's button may post to: the browser is sent on to the provider's authorization
     * endpoint by a redirect, and browsers apply the page's CSP {@code form-action} to that redirect too. Before
     * discovery that is the issuer's origin (Entra's endpoints share it).
     */
    Set<String> formTargets() {
        Set<String> origins = new LinkedHashSet<>();
        origin(URI.create(settings.issuer())).ifPresent(origins::add);
        Discovered provider = discovered;
        if (provider != null) {
            origin(provider.metadata().getAuthorizationEndpointURI()).ifPresent(origins::add);
        }
        return origins;
    }

    private static java.util.Optional<String> origin(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    private Discovered discover() throws Unavailable {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = read();
            }
            return discovered;
        }
    }

    private Discovered read() throws Unavailable {
        String where = settings.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            Issuer issuer = new Issuer(settings.issuer());
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
                    || metadata.getJWKSetURI() == null) {
                throw new GeneralException("the configuration lacks an authorization, token or JWKS endpoint");
            }
            URL jwks = metadata.getJWKSetURI().toURL();
            IDTokenValidator validator = new IDTokenValidator(issuer, new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, jwks,
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, JWKS_SIZE_LIMIT));
            LOG.info("Staff single sign-on: read the provider's configuration from {}", where);
            return new Discovered(metadata, validator, client(metadata));
        } catch (GeneralException | IOException | RuntimeException e) {
            LOG.error("Staff single sign-on is unavailable: could not read the provider's configuration from {} "
                    + "(check OIDC_ISSUER and that this server can reach it): {}", where, e.toString());
            throw new Unavailable("could not read " + where, e);
        }
    }

    /** client_secret_post where the provider offers it (Entra does), otherwise client_secret_basic (the default). */
    private ClientAuthentication client(OIDCProviderMetadata metadata) {
        ClientID id = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        if (methods != null && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(id, secret);
        }
        return new ClientSecretBasic(id, secret);
    }
}
