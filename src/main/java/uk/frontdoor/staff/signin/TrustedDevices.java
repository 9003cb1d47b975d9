package uk.frontdoor.staff.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.frontdoor.platform.secret.AppSecrets;

/**
 * Device cookies (OWASP's defence against lockout, ADR 0032): a browser a member of staff signed in on gets a signed
 * cookie naming their account and the device. Failed sign-ins from that device count against the device alone, so a
 * stranger hammering the account elsewhere never delays the colleague at their own desk. Only the signature is
 * secret; the cookie holds no password and signs no one in.
 */
@Singleton
public class TrustedDevices {
    static final String COOKIE = "fd_device";
    static final Duration LASTS = Duration.ofDays(365);

    private final SecureRandom random = new SecureRandom();
    private final AppSecrets secrets;
    private final boolean secureCookies;

    public TrustedDevices(AppSecrets secrets, @Value("${frontdoor.secure-cookies:true}") boolean secureCookies) {
        this.secrets = secrets;
        this.secureCookies = secureCookies;
    }

    /** A device an account signed in on before. */
    public record Device(long staffId, String id) {
    }

    String cookieName() {
        return secureCookies ? "__Host-" + COOKIE : COOKIE;
    }

    /** The device this browser proves it is, if its cookie is ours and unaltered. */
    public Optional<Device> of(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName()).map(Cookie::getValue).flatMap(this::parse);
    }

    Optional<Device> parse(String value) {
        String[] parts = value.split("\\.");
        if (value.length() > 200 || parts.length != 3 || !parts[0].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        String signed = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(signed).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Device(Long.parseLong(parts[0]), parts[1]));
    }

    /** Remembers this browser as a device of {@code staffId} (keeping its id if it was theirs already). */
    public <T extends MutableHttpResponse<?>> T remember(HttpRequest<?> request, T response, long staffId) {
        String id = of(request).filter(d -> d.staffId() == staffId).map(Device::id).orElseGet(() -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
        String signed = staffId + "." + id;
        response.cookie(Cookie.of(cookieName(), signed + "." + sign(signed)).httpOnly(true).secure(secureCookies)
                .sameSite(SameSite.Strict).path("/").maxAge(LASTS));
        return response;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("device"), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
