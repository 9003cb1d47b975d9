package uk.frontdoor.staff.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.testing.WebClient;

/**
 * A member of staff signing in with their organisation account over real HTTP, one step at a time: the button on the
 * sign-in page, the provider's login page (where they type their subject and claims, as a person would), and the way
 * back to the portal, which a test may take in another browser, twice, or late.
 */
final class OrganisationSignIn {
    private static final HttpClient PROVIDER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Where the button sent the browser (the provider's authorization request) and where the provider sent it back. */
    record Trip(URI authorization, String callback) {
        String nonce() {
            return query(authorization).get("nonce");
        }

        String state() {
            return query(authorization).get("state");
        }
    }

    private OrganisationSignIn() {
    }

    /** Presses the button on the sign-in page; returns the provider's address the browser is sent to. */
    static URI pressTheButton(WebClient browser, String next) {
        var signInPage = browser.get("/staff/sign-in" + (next == null ? "" : "?next=" + encode(next)));
        assertNotNull(signInPage.html().selectFirst("form[action=/staff/sign-in/oidc] button"), "the button is there");
        var toProvider = browser.post("/staff/sign-in/oidc", Map.of("next", next == null ? "/staff" : next));
        assertEquals(303, toProvider.status(), "the button sends the browser to the provider");
        URI authorization = URI.create(toProvider.location());
        assertTrue(authorization.getPath().endsWith("/authorize"), authorization.toString());
        return authorization;
    }

    /** At the provider: its login page, then the person types a subject and claims; returns where it sends them. */
    static String signInAtTheProvider(URI authorization, String subject, String claimsJson) {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(authorization).GET().build());
        assertEquals(200, loginPage.statusCode(), "the provider's login page");
        assertTrue(loginPage.body().contains("name=\"username\""), "it asks for a subject");
        String form = "username=" + encode(subject) + "&claims=" + encode(claimsJson == null ? "" : claimsJson);
        HttpResponse<String> back = send(HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(302, back.statusCode(), "the provider sends the browser back: " + back.body());
        return back.headers().firstValue("Location").orElseThrow();
    }

    static Trip goToTheProvider(WebClient browser, String subject, String claimsJson) {
        URI authorization = pressTheButton(browser, null);
        return new Trip(authorization, signInAtTheProvider(authorization, subject, claimsJson));
    }

    /** The whole trip in one browser; returns the portal's answer to the way back. */
    static WebClient.Page signIn(WebClient browser, String subject, String claimsJson) {
        return browser.get(goToTheProvider(browser, subject, claimsJson).callback());
    }

    /** Claims as the login page's JSON box takes them. */
    static String claims(String email, boolean verified) {
        return "{\"email\":\"" + email + "\",\"email_verified\":" + verified + "}";
    }

    static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8),
                        (a, b) -> a));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return PROVIDER.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
