package uk.frontdoor.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without the browser, for HTTP tests: keeps its cookies (including Secure ones, as browsers
 * do on localhost), never follows redirects by itself, and posts forms with the CSRF token of the last
 * page it read, as a real form would.
 */
public final class WebClient {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;
    private java.util.function.Consumer<Page> onEveryPage = page -> { };

    public WebClient(URI base) {
        this.base = base;
    }

    public record Page(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public Document html() {
            return Jsoup.parse(response.body());
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String location() {
            return header("Location").orElseThrow(() -> new AssertionError("No Location header; status " + status));
        }

        /** The texts of the GOV.UK error summary's links, in order. */
        public List<String> errorSummary() {
            return html().select(".govuk-error-summary__list a").eachText();
        }

        /** The inline error message of a field, without the visually hidden "Error:" prefix. */
        public String inlineError(String fieldId) {
            var el = html().getElementById(fieldId + "-error");
            return el == null ? null : el.text().replaceFirst("^Error:\\s*", "");
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    /** GETs the path and follows redirects (up to 10), as a browser would. */
    public Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 10 && page.status() / 100 == 3; i++) {
            page = get(page.location());
        }
        return page;
    }

    /** POSTs a form with this browser's CSRF token added. */
    public Page post(String path, Map<String, ?> fields) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, withToken);
    }

    /** POSTs exactly these fields: no CSRF token unless given. */
    public Page postRaw(String path, Map<String, ?> fields) {
        String body = fields.entrySet().stream().flatMap(e -> {
            Object v = e.getValue();
            List<?> values = v instanceof List<?> list ? list : List.of(v);
            return values.stream().map(x -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(x), StandardCharsets.UTF_8));
        }).collect(Collectors.joining("&"));
        return postBody(path, body);
    }

    /** POSTs this exact form body, however malformed (for fuzzing). */
    public Page postBody(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * POSTs a {@code multipart/form-data} form, as a browser uploads a file: the text fields (with this browser's CSRF
     * token added unless {@code withToken} is false) and one file field of this name, file name and content.
     */
    public Page upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content,
                       boolean withToken) {
        String boundary = "----frontdoor" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withToken && csrfToken != null) {
            all.putIfAbsent("_csrf", csrfToken);
        }
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** POSTs, then follows the redirect (POST/redirect/GET) if there is one. */
    public Page submit(String path, Map<String, ?> fields) {
        Page page = post(path, fields);
        return page.status() / 100 == 3 ? open(page.location()) : page;
    }

    /** Carries a cookie over, e.g. to the same browser talking to another app node. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Hands every response this client receives to {@code listener} too (load and fault tests judge them all). */
    public WebClient onEveryPage(java.util.function.Consumer<Page> listener) {
        this.onEveryPage = listener;
        return this;
    }

    public String csrfToken() {
        return csrfToken;
    }

    private Page send(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                var token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
                if (token != null) {
                    csrfToken = token.attr("value");
                }
            }
            Page page = new Page(response.statusCode(), response);
            onEveryPage.accept(page);
            return page;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<String> texts(Document doc, String selector) {
        return new ArrayList<>(doc.select(selector).eachText());
    }
}
