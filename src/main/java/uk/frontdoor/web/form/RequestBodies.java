package uk.frontdoor.web.form;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.CloseableAvailableByteBody;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads a form body once, in the access filter (which needs its CSRF token), and keeps it on the request
 * for the controller. The body is split, not consumed, so the framework can still read it.
 */
@Singleton
public class RequestBodies {
    public static final String ATTRIBUTE = "frontdoor.form";

    /** Must run off the event loop (the access filter runs on the blocking pool). */
    public Optional<FormData> form(HttpRequest<?> request) {
        Optional<FormData> cached = request.getAttribute(ATTRIBUTE, FormData.class);
        if (cached.isPresent()) {
            return cached;
        }
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return Optional.empty();
        }
        try (CloseableAvailableByteBody body = server.byteBody()
                // FASTEST: this copy may read ahead of the framework's, which only starts reading after the
                // filters; with the default (SLOWEST) a body of more than a few chunks waited here 30 s
                .split(io.micronaut.http.body.ByteBody.SplitBackpressureMode.FASTEST).buffer().get(30, TimeUnit.SECONDS)) {
            FormData form = FormData.parse(body.toString(StandardCharsets.UTF_8));
            request.setAttribute(ATTRIBUTE, form);
            return Optional.of(form);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
