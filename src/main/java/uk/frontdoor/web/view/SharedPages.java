package uk.frontdoor.web.view;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import jakarta.annotation.PreDestroy;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import uk.frontdoor.core.published.PublishedVersion;
import uk.frontdoor.web.access.AccessFilter;
import uk.frontdoor.web.access.AccessRule;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;

/**
 * Public pages that are the same for every visitor ({@link SameForEveryone}) rendered once per node and served from
 * memory (issue 17, ADR 59). A kept page belongs to a generation: the published version
 * ({@link PublishedVersion}, bumped by the database in the same transaction as any change the page could show) and the
 * minute by the injected clock (an event that has started leaves the list). A thread of its own reads the version
 * twice within {@code frontdoor.shared-pages.staleness} (2 seconds), and a page is served from memory only while the
 * last read is within it, so no node shows a page older than that after a change: a place booked on one node is off
 * every node's pages within 2 seconds. Booking itself always reads the database.
 * <p>
 * Only visitors without a session (nobody signed in, no draft) are served kept pages; each kept page has a strong
 * {@code ETag}, so a browser that asks again with {@code If-None-Match} gets 304 and no body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SharedPages implements Ordered {
    /** Set on a request answered with a kept page, or whose page was kept: its response may be revalidated, not stored. */
    public static final String SHARED = "frontdoor.shared-page";
    private static final String PENDING = "frontdoor.shared-page.pending";
    /** At most this many pages a generation: a query string made up at random cannot fill the memory. */
    static final int MOST_PAGES = 500;
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final PublishedVersion published;
    private final WebSessions sessions;
    private final Clock clock;
    private final long boundNanos;
    private final ScheduledExecutorService reader;
    private volatile Generation generation;
    private volatile long version;
    /** When {@link #version} was last read ({@link System#nanoTime()}), or 0 before the first read. */
    private volatile long readAt;

    public SharedPages(PublishedVersion published, WebSessions sessions, Clock clock,
                       @Value("${frontdoor.shared-pages.staleness:2s}") Duration bound) {
        this.published = published;
        this.sessions = sessions;
        this.clock = clock;
        this.boundNanos = bound.toNanos();
        if (boundNanos > 0) {
            // read twice within the bound, off the request threads; a page is served from memory only while the last
            // read is within the bound, so a late or failed read means pages are rendered afresh, never shown staler
            reader = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "shared-pages-version");
                thread.setDaemon(true);
                return thread;
            });
            read(); // so the first pages are kept too
            reader.scheduleWithFixedDelay(this::read, boundNanos / 2, boundNanos / 2, TimeUnit.NANOSECONDS);
        } else {
            reader = null;
        }
    }

    @PreDestroy
    void stop() {
        if (reader != null) {
            reader.shutdownNow();
        }
    }

    /** Reads the version; false when the database did not answer. */
    private boolean read() {
        try {
            long now = System.nanoTime();
            version = published.current();
            readAt = now; // the time before the read: the version is at least as new as this
            return true;
        } catch (RuntimeException databaseAway) {
            return false; // pages are rendered (and answer 503) until the database answers again
        }
    }

    /** Before the views filter, so that this filter's response side sees the page it rendered. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }

    /** A kept page as the bytes sent (encoded once: encoding a page costs more than sending it). */
    private record Page(byte[] body, String etag) { }

    private record Generation(long version, Instant minute, Map<String, Page> pages) {
        Generation(long version, Instant minute) {
            this(version, minute, new ConcurrentHashMap<>());
        }
    }

    private record Pending(Generation generation, String key) { }

    /** On the thread that read the request: nothing here waits for the database (but in tests, whose bound is 0). */
    @RequestFilter
    @Nullable
    public HttpResponse<?> serve(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || !sharedRoute(request)
                || request.getCookies().contains(sessions.cookieName())) {
            return null;
        }
        String key = key(request);
        Generation current = current();
        if (current == null) {
            return null;
        }
        Page page = current.pages().get(key);
        if (page == null) {
            request.setAttribute(PENDING, new Pending(current, key));
            return null;
        }
        request.setAttribute(SHARED, Boolean.TRUE);
        if (page.etag().equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, page.etag());
        }
        return HttpResponse.ok(page.body()).contentType(HTML)
                .header(HttpHeaders.ETAG, page.etag());
    }

    @ResponseFilter
    public void keep(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Pending pending = request.getAttribute(PENDING, Pending.class).orElse(null);
        if (pending == null || response.getStatus() != HttpStatus.OK || !(response.body() instanceof Writable body)) {
            return;
        }
        Visitor visitor = request.getAttribute(Visitor.ATTRIBUTE, Visitor.class).orElse(null);
        if (visitor == null || visitor.sessionId() != null || visitor.newCsrfCookie()) {
            return; // this visitor's page carries something of theirs
        }
        byte[] html = write(body).getBytes(StandardCharsets.UTF_8);
        Page page = new Page(html, etag(html));
        if (pending.generation().pages().size() < MOST_PAGES) {
            pending.generation().pages().put(pending.key(), page);
        }
        request.setAttribute(SHARED, Boolean.TRUE);
        response.header(HttpHeaders.ETAG, page.etag());
        if (page.etag().equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            response.status(HttpStatus.NOT_MODIFIED).body(null); // rendered again, the same as the browser has
        } else {
            response.body(html).contentType(HTML);
        }
    }

    private static boolean sharedRoute(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(route -> route.getAnnotationMetadata().hasDeclaredAnnotation(SameForEveryone.class))
                .map(route -> AccessFilter.ruleOf((RouteMatch<?>) route) == AccessRule.PUBLIC).orElse(false);
    }

    /** The address asked for, and whether htmx asked for the part of the page it swaps. */
    private static String key(HttpRequest<?> request) {
        boolean part = request.getHeaders().contains("HX-Request")
                && !request.getHeaders().contains("HX-History-Restore-Request");
        return (part ? "part " : "page ") + request.getUri();
    }

    /** This minute's generation of the version read within the bound; null when no read is that recent. */
    @Nullable
    private Generation current() {
        if (boundNanos == 0 && !read()) {
            return null;
        }
        long read = readAt;
        if (read == 0 || (boundNanos > 0 && System.nanoTime() - read > boundNanos)) {
            return null;
        }
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Generation known = generation;
        long now = version;
        if (known == null || known.version() != now || !known.minute().equals(minute)) {
            known = new Generation(now, minute);
            generation = known;
        }
        return known;
    }

    private static String write(Writable body) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String etag(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
