package uk.frontdoor.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.frontdoor.platform.secret.AppSecrets;

/**
 * CSRF protection that needs no session, so it covers anonymous visitors too: each browser gets a random
 * HttpOnly cookie, and every form carries an HMAC of it under a key only the server knows. A forged
 * request from another site can send the cookie but cannot know the token.
 */
@Singleton
public class CsrfTokens {
    public static final String COOKIE = "fd_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final SecureRandom random = new SecureRandom();
    private final AppSecrets secrets;
    private final boolean secureCookies;

    public CsrfTokens(AppSecrets secrets, @Value("${frontdoor.secure-cookies:true}") boolean secureCookies) {
        this.secrets = secrets;
        this.secureCookies = secureCookies;
    }

    /** The cookie's name: {@code __Host-fd_csrf} with secure cookies (see {@link WebSessions#cookieName()}). */
    public String cookieName() {
        return WebSessions.cookieName(COOKIE, secureCookies);
    }

    /** Reads this browser's cookie, if it has one; the token is made only when something asks for it. */
    public void resume(HttpRequest<?> request, Visitor visitor) {
        visitor.csrf = this;
        visitor.csrfCookie = request.getCookies().findCookie(cookieName()).map(Cookie::getValue)
                .filter(v -> v.length() >= 20 && v.length() <= 100).orElse(null);
    }

    /** The visitor's token: signed from their cookie, or from a new one when they have none. */
    void issue(Visitor visitor) {
        if (visitor.csrfCookie == null) {
            renew(visitor);
        } else {
            visitor.csrfToken = sign(visitor.csrfCookie);
        }
    }

    /**
     * Gives the browser a new cookie, and so a new token, at once: on its first visit, and whenever someone signs in
     * (a token read before signing in, by a page or a script, is then no use).
     */
    void renew(Visitor visitor) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        visitor.csrfCookie = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        visitor.csrfToken = sign(visitor.csrfCookie);
        visitor.newCsrfCookie = true;
    }

    /** True when the submitted token belongs to this browser's cookie (compared in constant time). */
    public boolean accepts(Visitor visitor, String submitted) {
        if (submitted == null || visitor.csrfCookie == null || visitor.newCsrfCookie) {
            return false;
        }
        return MessageDigest.isEqual(sign(visitor.csrfCookie).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }

    public void writeCookie(Visitor visitor, MutableHttpResponse<?> response) {
        if (visitor.newCsrfCookie) {
            response.cookie(Cookie.of(cookieName(), visitor.csrfCookie).httpOnly(true).secure(secureCookies)
                    .sameSite(SameSite.Lax).path("/"));
        }
    }

    private String sign(String cookie) {
        Mac mac = macs.get();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(cookie.getBytes(StandardCharsets.US_ASCII)));
    }

    /** One keyed HMAC per thread: finding the algorithm and setting its key cost more than signing a cookie. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("csrf"), "HmacSHA256"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
