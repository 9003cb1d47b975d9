package uk.frontdoor.web.request;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request has an id: the one the load balancer sent in {@code X-Request-Id} (nginx's {@code $request_id}) when
 * it looks like one, else a new one. It is in the log's MDC ({@code requestId}) for every line written while serving
 * the request, on whatever thread, sent back in the {@code X-Request-Id} header, and shown on error pages as the
 * reference a person quotes, so one request can be found in the logs of every node.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds implements Ordered {
    public static final String HEADER = "X-Request-Id";
    /** The MDC key (and JSON field under {@code mdc}) of the request id. */
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "frontdoor.request-id";
    /** Letters, digits and dashes only: a forged header can neither break a log line nor carry personal data far. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** First of all filters, so even the access filter's log lines carry the id. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    public void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = Optional.ofNullable(request.getHeaders().get(HEADER))
                .filter(given -> ACCEPTED.matcher(given).matches())
                .orElseGet(RequestIds::newId);
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        of(request).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    /** This request's id (absent only for a request no filter saw). */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    private static String newId() {
        return HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
    }
}
