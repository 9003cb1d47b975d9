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
 * for the controller. The body is split, not consumed, so the framework can still read it. A
 * {@code multipart/form-data} body (a file upload) is read by Jakarta Mail's MIME parser: its text fields become the
 * {@link FormData} (so its CSRF token is checked like any form's) and its files the {@link UploadedFiles}.
 */
@Singleton
public class RequestBodies {
    public static final String ATTRIBUTE = "frontdoor.form";
    public static final String FILES = "frontdoor.files";

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
            FormData form;
            if (request.getContentType().map(t -> t.matches(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE))
                    .orElse(false)) {
                form = multipart(request, body.toByteArray());
            } else {
                form = FormData.parse(body.toString(StandardCharsets.UTF_8));
            }
            request.setAttribute(ATTRIBUTE, form);
            return Optional.of(form);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The text fields of a multipart body as form data; its files (those with a file name) kept on the request. */
    private static FormData multipart(HttpRequest<?> request, byte[] body) throws Exception {
        String contentType = request.getHeaders().get(io.micronaut.http.HttpHeaders.CONTENT_TYPE);
        var parts = new jakarta.mail.internet.MimeMultipart(
                new jakarta.mail.util.ByteArrayDataSource(body, contentType));
        java.util.Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (parts.getCount() > FormData.MAX_FIELDS) {
            throw new IllegalArgumentException("too many parts");
        }
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            String[] disposition = part.getHeader("Content-Disposition");
            if (disposition == null || disposition.length == 0) {
                continue;
            }
            var parsed = new jakarta.mail.internet.ContentDisposition(disposition[0]);
            String name = parsed.getParameter("name");
            if (name == null) {
                continue;
            }
            byte[] bytes;
            try (var in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            if (parsed.getParameter("filename") != null) {
                if (bytes.length > 0) {
                    files.put(name, bytes);
                }
            } else {
                fields.computeIfAbsent(name, n -> new java.util.ArrayList<>())
                        .add(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        request.setAttribute(FILES, new UploadedFiles(files));
        return new FormData(fields);
    }
}
