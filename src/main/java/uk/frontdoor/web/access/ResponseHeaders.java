package uk.frontdoor.web.access;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.frontdoor.web.session.CsrfTokens;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;

/**
 * Security headers on every response, the cookies a request created, and no caching of any page (pages
 * can hold personal data; only the static assets may be cached).
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

    @ResponseFilter
    public void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        if (StaticAssets.isAsset(request.getPath())) {
            headers.set("Cache-Control", "public, max-age=86400");
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
