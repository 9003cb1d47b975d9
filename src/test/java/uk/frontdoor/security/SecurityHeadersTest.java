package uk.frontdoor.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * What a ZAP baseline scan checks, on every response to every row of the matrix (walked as each person who is the
 * first to see some page), error pages and redirects included: a strict Content-Security-Policy, nosniff, no framing, a referrer policy, no caching
 * of pages, HSTS, no version leaks, cookies HttpOnly + SameSite + Secure, no session id in any URL, a CSRF token in
 * every form that posts, no script from elsewhere and none inline, no stack trace.
 */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends AppTest {
    /** Single sign-on on, as the matrix is written for it ({@link Identities#settings}). */
    @Override
    public Map<String, String> getProperties() {
        return Identities.settings(super.getProperties());
    }

    @Inject
    Identities identities;
    @Inject
    StaffFixture staff;

    @BeforeAll
    void people() {
        identities.make(server.getURI());
    }

    @Test
    void every_page_carries_the_security_headers_a_baseline_scan_looks_for() {
        var rows = AuthorizationMatrix.read().rows().stream().filter(r -> !r.isSignOut()).toList();
        // everyone who is the first to see some page; each walks the whole matrix, as in the matrix test
        List<String> people = rows.stream().filter(r -> r.method().equals("GET"))
                .flatMap(r -> r.expected().entrySet().stream().filter(e -> e.getValue().equals("200"))
                        .map(Map.Entry::getKey).limit(1))
                .distinct().toList();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String who : people) {
            WebClient browser = identities.browser(who, server.getURI());
            for (AuthorizationMatrix.Row row : rows) {
                String path = identities.path(row.path());
                var page = row.method().equals("GET") ? browser.get(path) : browser.post(path, Map.of());
                pages += page.status() == 200 ? 1 : 0;
                problems.addAll(pageProblems(row + " as " + who + " (" + page.status() + ")", page, browser));
            }
        }
        WebClient anon = client();
        problems.addAll(pageProblems("a page that does not exist", anon.get("/no-such-page"), anon));
        assertTrue(pages >= 100, "pages seen: " + pages);
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    @Test
    void static_assets_carry_the_headers_too_and_may_be_cached() {
        for (String asset : List.of("/assets/govuk/govuk-frontend.min.css", "/static/css/app.css",
                "/static/js/init.js")) {
            var page = client().get(asset);
            assertEquals(200, page.status(), asset);
            List<String> problems = headerProblems(asset, page);
            assertEquals(List.of(), problems);
            String cache = page.header("Cache-Control").orElse("");
            assertTrue(cache.contains("public") && !cache.contains("no-store"), asset + ": " + cache);
        }
    }

    @Test
    void every_cookie_the_portal_sets_is_http_only_same_site_and_secure() {
        List<String> cookies = new ArrayList<>();
        WebClient browser = client();
        var first = browser.get("/staff/sign-in");
        cookies.addAll(first.response().headers().allValues("Set-Cookie"));
        var person = staff.person("Cody Cookie", uk.frontdoor.core.staff.Role.RECRUITMENT_OFFICER,
                staff.team("se-recruitment"));
        var signedIn = browser.post("/staff/sign-in", Map.of("email", person.email(), "password",
                StaffFixture.PASSWORD, "next", "/staff"));
        assertEquals(303, signedIn.status());
        cookies.addAll(signedIn.response().headers().allValues("Set-Cookie"));
        browser.get("/staff");
        var signedOut = browser.post("/staff/sign-out", Map.of());
        cookies.addAll(signedOut.response().headers().allValues("Set-Cookie"));

        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("__Host-fd_csrf=")), "the CSRF cookie: " + cookies);
        assertTrue(cookies.stream().filter(c -> c.startsWith("__Host-fd_session=")).count() >= 2,
                "the session cookie, set and cleared: " + cookies);
        List<String> problems = new ArrayList<>();
        for (String cookie : cookies) {
            problems.addAll(cookieProblems(cookie));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A session id carried in a URL (jsessionid, session_id=, ?session=…); the word alone is no such thing: training
     * sessions have pages of their own ({@code /staff/training/sessions/3/register}).
     */
    private static final java.util.regex.Pattern SESSION_ID_IN_URL = java.util.regex.Pattern.compile(
            "(?i)(jsessionid|session_?id|[?&;](fd_)?session=)");

    private List<String> pageProblems(String what, WebClient.Page page, WebClient browser) {
        List<String> problems = new ArrayList<>(headerProblems(what, page));
        String cache = page.header("Cache-Control").orElse("");
        boolean sameForEveryone = cache.equals("no-cache") && page.header("ETag").isPresent()
                && sessionValues(browser).stream().allMatch(String::isEmpty);
        if (!cache.contains("no-store") && !sameForEveryone) {
            // only a page kept for everyone not signed in (SharedPages) may be kept by a browser, and asked for again
            problems.add(what + ": Cache-Control is '" + cache + "', not no-store");
        }
        page.response().headers().allValues("Set-Cookie").forEach(c -> problems.addAll(cookieProblems(c)));
        page.header("Location").filter(l -> SESSION_ID_IN_URL.matcher(l).find()
                        || sessionValues(browser).stream().anyMatch(v -> !v.isEmpty() && l.contains(v)))
                .ifPresent(l -> problems.add(what + ": a session id in a redirect: " + l));
        String type = page.header("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            return problems;
        }
        if (!type.toLowerCase(Locale.ROOT).matches("text/html;\\s*charset=utf-8")) {
            problems.add(what + ": Content-Type '" + type + "'");
        }
        var html = page.html();
        for (var element : html.select("[href], [src], [action]")) {
            for (String attribute : List.of("href", "src", "action")) {
                String url = element.attr(attribute).toLowerCase(Locale.ROOT);
                if (SESSION_ID_IN_URL.matcher(url).find()
                        || sessionValues(browser).stream().anyMatch(v -> !v.isEmpty() && url.contains(v.toLowerCase(Locale.ROOT)))) {
                    problems.add(what + ": a session id in a URL: " + url);
                }
            }
        }
        for (String value : sessionValues(browser)) {
            if (!value.isEmpty() && page.body().contains(value)) {
                problems.add(what + ": the page shows the session cookie's value");
            }
        }
        for (var form : html.select("form")) {
            if (form.attr("method").equalsIgnoreCase("post") && form.select("input[name=_csrf]").isEmpty()) {
                problems.add(what + ": a form posting to " + form.attr("action") + " without a CSRF token");
            }
        }
        for (var script : html.select("script")) {
            String src = script.attr("src");
            if (src.isEmpty()) {
                problems.add(what + ": an inline script (the CSP would block it)");
            } else if (!src.startsWith("/") || src.startsWith("//")) {
                problems.add(what + ": a script from elsewhere: " + src);
            }
        }
        if (!html.select("[onclick], [onload], [onchange], [onsubmit], [style]").isEmpty()) {
            problems.add(what + ": inline event handlers or styles (the CSP would block them)");
        }
        String body = page.body();
        if (body.contains("Exception") || body.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.$]+\\(.*")) {
            problems.add(what + ": looks like a stack trace");
        }
        return problems;
    }

    private static List<String> sessionValues(WebClient browser) {
        return Arrays.asList(Optional.ofNullable(browser.cookie("__Host-fd_session")).orElse(""));
    }

    static List<String> headerProblems(String what, WebClient.Page page) {
        List<String> problems = new ArrayList<>();
        String csp = page.header("Content-Security-Policy").orElse("");
        Map<String, String> directives = new HashMap<>();
        for (String d : csp.split(";")) {
            String[] parts = d.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        String scripts = directives.getOrDefault("script-src", directives.getOrDefault("default-src", "*"));
        if (csp.isEmpty()) {
            problems.add(what + ": no Content-Security-Policy");
        } else if (scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval") || scripts.contains("*")
                || scripts.contains("data:")) {
            problems.add(what + ": the CSP lets scripts in from anywhere or inline: " + scripts);
        }
        for (String needed : List.of("default-src", "frame-ancestors", "form-action", "object-src", "base-uri")) {
            if (!directives.containsKey(needed)) {
                problems.add(what + ": the CSP has no " + needed);
            }
        }
        if (!page.header("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff")) {
            problems.add(what + ": no X-Content-Type-Options: nosniff");
        }
        String frames = page.header("X-Frame-Options").orElse("");
        if (!frames.equalsIgnoreCase("DENY") && !frames.equalsIgnoreCase("SAMEORIGIN")) {
            problems.add(what + ": no X-Frame-Options");
        }
        String referrer = page.header("Referrer-Policy").orElse("");
        if (!List.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
                .contains(referrer)) {
            problems.add(what + ": Referrer-Policy '" + referrer + "'");
        }
        String hsts = page.header("Strict-Transport-Security").orElse("");
        var maxAge = java.util.regex.Pattern.compile("max-age=(\\d+)").matcher(hsts);
        if (!maxAge.find() || Long.parseLong(maxAge.group(1)) < 15_552_000) { // six months or more
            problems.add(what + ": Strict-Transport-Security '" + hsts + "'");
        }
        page.header("Server").filter(s -> s.matches(".*\\d.*"))
                .ifPresent(s -> problems.add(what + ": the Server header gives a version: " + s));
        page.header("X-Powered-By").ifPresent(s -> problems.add(what + ": X-Powered-By: " + s));
        for (String isolation : List.of("Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
                "Permissions-Policy")) {
            if (page.header(isolation).isEmpty()) {
                problems.add(what + ": no " + isolation);
            }
        }
        return problems;
    }

    static List<String> cookieProblems(String setCookie) {
        List<String> problems = new ArrayList<>();
        String name = setCookie.split("=", 2)[0];
        List<String> attributes = Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!attributes.contains("httponly")) {
            problems.add("cookie " + name + " is not HttpOnly");
        }
        if (!attributes.contains("secure")) {
            problems.add("cookie " + name + " is not Secure (frontdoor.secure-cookies is true unless turned off)");
        }
        if (attributes.stream().noneMatch(a -> a.equals("samesite=lax") || a.equals("samesite=strict"))) {
            problems.add("cookie " + name + " has no SameSite=Lax or Strict");
        }
        return problems;
    }
}
