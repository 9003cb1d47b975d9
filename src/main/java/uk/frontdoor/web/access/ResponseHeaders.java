package uk.frontdoor.web.access;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import uk.frontdoor.web.session.CsrfTokens;
import uk.frontdoor.web.view.SharedPages;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;

/**
 * Security headers on every response, the cookies a request created, and no caching of any page (pages
 * can hold personal data; only the static assets may be cached, and the pages that are the same for everyone
 * revalidated).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ResponseHeaders implements Ordered {
    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");

    /** Other origins this response's page may post forms to (see {@link #allowFormsTo}). */
    private static final String FORM_TARGETS = "frontdoor.csp.form-targets";
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private final WebSessions sessions;
    private final CsrfTokens csrf;

    public ResponseHeaders(WebSessions sessions, CsrfTokens csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /**
     * Lets the page this request answers with post forms to these origins too. Only for a form whose answer redirects
     * the browser there (the staff sign-in page's single sign-on button: browsers apply {@code form-action} to the
     * redirects that follow a form, so 'self' alone would stop the browser on its way to the identity provider).
     */
    public static void allowFormsTo(HttpRequest<?> request, Collection<String> origins) {
        request.setAttribute(FORM_TARGETS, origins.stream().filter(o -> ORIGIN.matcher(o).matches()).toList());
    }

    static String csp(HttpRequest<?> request) {
        @SuppressWarnings("unchecked")
        List<String> others = request.getAttribute(FORM_TARGETS, List.class).orElse(List.of());
        return others.isEmpty() ? CSP : CSP.replace("form-action 'self'", "form-action 'self' " + String.join(" ", others));
    }

    @ResponseFilter
    public void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", csp(request));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        if (StaticAssets.isAsset(request.getPath())) {
            if (!headers.contains("Cache-Control")) { // the asset's own (web.assets) unless it has none
                headers.set("Cache-Control", "public, no-cache");
            }
        } else if (request.getAttribute(SharedPages.SHARED).isPresent()) {
            // the same for every visitor (SharedPages): a browser may keep it, but asks each time (ETag, 304)
            headers.set("Cache-Control", "no-cache");
            headers.set("Vary", "Cookie, HX-Request");
        } else {
            headers.set("Cache-Control", "no-store");
            headers.set("Vary", "Cookie, HX-Request");
        }
        request.getAttribute(Visitor.ATTRIBUTE, Visitor.class).ifPresent(visitor -> {
            sessions.writeCookie(visitor, response);
            csrf.writeCookie(visitor, response);
        });
    }
}
