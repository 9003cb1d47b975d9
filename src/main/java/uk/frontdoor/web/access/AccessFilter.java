package uk.frontdoor.web.access;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.form.RequestBodies;
import uk.frontdoor.web.session.CsrfTokens;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/**
 * The gate every request passes. It takes the visitor's session cookie, then lets the request through only if
 * its route declares a rule that allows this visitor ({@link Public}, {@link StaffOnly} or {@link ApplicantOnly}); a route
 * without a rule is refused. Every state-changing request must carry this browser's CSRF token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AccessFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);
    private static final Set<HttpMethod> SAFE = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final WebSessions sessions;
    private final CsrfTokens csrf;
    private final RequestBodies bodies;

    public AccessFilter(WebSessions sessions, CsrfTokens csrf, RequestBodies bodies) {
        this.sessions = sessions;
        this.csrf = csrf;
        this.bodies = bodies;
    }

    /** After the views filter, so that the pages this filter answers with are rendered. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.after() + 1;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @io.micronaut.core.annotation.Nullable
    public HttpResponse<?> admit(HttpRequest<?> request) {
        if (StaticAssets.isAsset(request.getPath())) {
            return SAFE.contains(request.getMethod()) ? null : HttpResponse.status(HttpStatus.METHOD_NOT_ALLOWED);
        }
        Visitor visitor = new Visitor();
        request.setAttribute(Visitor.ATTRIBUTE, visitor);
        csrf.resume(request, visitor);
        sessions.resume(request, visitor);

        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty()) {
            visitor.sessionId(); // read here, on this blocking thread, for the layout of the page that says so
            return null; // no such page: the router answers 404
        }
        AccessRule rule = ruleOf(route.get());
        // a public form's answer lets everyone in: its session is read when the form reads its draft, in the same
        // query (ADR 63); every other request's is read here, on this blocking thread, before any page is rendered
        boolean publicAnswer = rule.kind() == AccessRule.Kind.PUBLIC && !SAFE.contains(request.getMethod());
        AccessRule.Decision decision = publicAnswer ? AccessRule.Decision.ALLOW
                : rule.decide(visitor.staff(), visitor.isApplicant());
        switch (decision) {
            case FORBIDDEN -> {
                if (rule.kind() == AccessRule.Kind.NONE) {
                    LOG.error("Refused {} {}: the route declares no access rule", request.getMethod(), request.getPath());
                }
                return onRoute(Page.of("errors/forbidden").status(HttpStatus.FORBIDDEN).response(), route.get());
            }
            case SIGN_IN_AS_STAFF -> {
                // part-way through signing in (password right, second factor to come): that step first, never a page
                String nextStep = visitor.pendingStaffPage();
                return signIn(request, nextStep != null ? nextStep : "/staff/sign-in", "/staff");
            }
            case SIGN_IN_AS_APPLICANT -> {
                return signIn(request, "/sign-in", "/account");
            }
            case ALLOW -> { }
        }
        if (!SAFE.contains(request.getMethod()) && !csrf.accepts(visitor, submittedToken(request))) {
            LOG.warn("Refused {} {}: missing or wrong CSRF token", request.getMethod(), request.getPath());
            return onRoute(Page.of("errors/csrf").status(HttpStatus.FORBIDDEN).response(), route.get());
        }
        return null;
    }

    /** The views filter renders a page only on a response that carries its route; without it, it answers JSON. */
    private static HttpResponse<?> onRoute(MutableHttpResponse<?> page, RouteMatch<?> route) {
        RouteAttributes.setRouteMatch(page, route);
        return page;
    }

    public static AccessRule ruleOf(RouteMatch<?> route) {
        AnnotationMetadata meta = route.getAnnotationMetadata();
        boolean methodPublic = meta.hasDeclaredAnnotation(Public.class);
        boolean methodStaff = meta.hasDeclaredAnnotation(StaffOnly.class);
        if (methodStaff || (!methodPublic && meta.hasAnnotation(StaffOnly.class))) {
            // a method's own rule narrows its controller's (the merged metadata would answer the controller's)
            Role[] roles = (methodStaff ? meta.getDeclaredMetadata() : meta).enumValues(StaffOnly.class, Role.class);
            return AccessRule.staff(roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
        }
        boolean methodApplicant = meta.hasDeclaredAnnotation(ApplicantOnly.class);
        if (methodApplicant || (!methodPublic && meta.hasAnnotation(ApplicantOnly.class))) {
            return AccessRule.APPLICANT;
        }
        if (methodPublic || meta.hasAnnotation(Public.class)) {
            return AccessRule.PUBLIC;
        }
        return AccessRule.NONE;
    }

    private String submittedToken(HttpRequest<?> request) {
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return header;
        }
        if (request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false)) {
            return bodies.form(request).map(form -> form.get(CsrfTokens.FIELD)).orElse(null);
        }
        return null;
    }

    private static HttpResponse<?> signIn(HttpRequest<?> request, String signInPage, String home) {
        String back = request.getMethod() == HttpMethod.GET ? request.getUri().toString() : home;
        String location = signInPage + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if (request.getHeaders().contains("HX-Request")) {
            // htmx would swap the sign-in page into a fragment: make the browser load it whole instead
            return HttpResponse.ok().header("HX-Redirect", location);
        }
        return HttpResponse.seeOther(java.net.URI.create(location));
    }
}
