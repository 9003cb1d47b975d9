package uk.frontdoor.web.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.request.RequestIds;
import uk.frontdoor.web.view.Page;

/**
 * Friendly pages instead of stack traces. An unexpected error gets a reference that is also written to
 * the log with the exception, so a person who quotes it can be helped.
 */
@Controller
@Public
public class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    public HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }

    @Error(exception = ConversionErrorException.class, global = true)
    public HttpResponse<?> badValue(HttpRequest<?> request, ConversionErrorException e) {
        return badRequest(request, e);
    }

    @Error(exception = UnsatisfiedRouteException.class, global = true)
    public HttpResponse<?> missingValue(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return badRequest(request, e);
    }

    @Error(exception = ContentLengthExceededException.class, global = true)
    public HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return badRequest(request, e);
    }

    @Error(exception = UnsupportedMediaException.class, global = true)
    public HttpResponse<?> unsupportedMedia(HttpRequest<?> request, UnsupportedMediaException e) {
        return badRequest(request, e);
    }

    @Error(exception = Throwable.class, global = true)
    public HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        if (isDatabaseUnavailable(e)) {
            LOG.warn("Database unavailable while serving {} {}: {}", request.getMethod(), request.getPath(), e.toString());
            return Page.of("errors/unavailable").status(HttpStatus.SERVICE_UNAVAILABLE).response()
                    .header("Retry-After", "30");
        }
        // the request's id: the same in the log line below, in the X-Request-Id header and in the load balancer's log
        String reference = RequestIds.of(request)
                .orElseGet(() -> HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase());
        LOG.error("Error reference {} while serving {} {}", reference, request.getMethod(), request.getPath(), e);
        if (isRenderingFailure(e)) {
            // the templates themselves failed: answer with a page that needs no template engine
            return HttpResponse.<String>status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(FALLBACK.replace("{{reference}}", reference));
        }
        return Page.of("errors/problem").with("reference", reference)
                .status(HttpStatus.INTERNAL_SERVER_ERROR).response();
    }

    private HttpResponse<?> badRequest(HttpRequest<?> request, Exception e) {
        LOG.info("Bad request {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
        return Page.of("errors/bad-request").status(HttpStatus.BAD_REQUEST).response();
    }

    private static final String FALLBACK = fallbackPage();

    private static String fallbackPage() {
        try (var in = ErrorPages.class.getResourceAsStream("/views/errors/fallback.html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "<!DOCTYPE html><html lang=\"en-GB\"><title>Error</title><h1>Sorry, there is a problem with the service</h1>"
                    + "<p>{{reference}}</p></html>";
        }
    }

    static boolean isRenderingFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ViewRenderingException) {
                return true;
            }
        }
        return false;
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            // Preparing a pooled connection that died with the server (Hikari's "Connection is closed").
            if (t instanceof io.micronaut.data.connection.exceptions.ConnectionException) {
                return true;
            }
        }
        return false;
    }
}
