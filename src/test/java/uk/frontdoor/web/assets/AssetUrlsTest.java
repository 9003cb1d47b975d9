package uk.frontdoor.web.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;

/**
 * Every asset a page links carries its content's hash in its name, so a browser keeps it for a year and an upgrade
 * never pairs old CSS with new markup (issues 17 and 18, ADR 60).
 */
@MicronautTest(transactional = false)
class AssetUrlsTest extends AppTest {
    private static final Pattern HASHED = Pattern.compile("(/(?:assets|static)/.+)\\.([0-9a-f]{10})(\\.[a-z0-9]+)");

    @Test
    void every_stylesheet_and_script_a_page_links_is_named_by_its_content_and_kept_for_a_year() throws Exception {
        var page = client().get("/events").html();
        List<String> urls = page.select("link[href], script[src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
        assertEquals(7, urls.size(), urls.toString()); // the icon, three stylesheets, three scripts
        for (String url : urls) {
            Matcher m = HASHED.matcher(url);
            assertTrue(m.matches(), url + " carries no hash");
            var plain = fetch(url, Map.of());
            assertEquals(200, plain.statusCode(), url);
            assertEquals("public, max-age=31536000, immutable", plain.headers().firstValue("Cache-Control").orElse(""), url);
            assertEquals(m.group(2), sha256(plain.body()).substring(0, 10), url + ": the name is the content's hash");
        }
    }

    @Test
    void text_goes_gzipped_to_a_browser_that_takes_it_and_is_not_sent_again_while_it_is_the_same() throws Exception {
        String css = cssUrl();
        var plain = fetch(css, Map.of());
        var zipped = fetch(css, Map.of("Accept-Encoding", "gzip, deflate, br"));
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length < plain.body().length / 3, "GOV.UK's CSS compresses well");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, fetch(css, Map.of("If-None-Match", etag)).statusCode());
    }

    @Test
    void an_asset_names_the_assets_it_uses_by_their_hashed_names_too() throws Exception {
        String appJs = client().get("/").html().select("script[type=module]").attr("src");
        String js = new String(fetch(appJs, Map.of()).body(), StandardCharsets.UTF_8);
        Matcher imported = Pattern.compile("from '([^']+)'").matcher(js);
        assertTrue(imported.find(), js);
        assertTrue(HASHED.matcher(imported.group(1)).matches(), imported.group(1));
        assertEquals(200, fetch(imported.group(1), Map.of()).statusCode());
        String css = new String(fetch(cssUrl(), Map.of()).body(), StandardCharsets.UTF_8);
        assertTrue(css.matches("(?s).*url\\(/assets/images/govuk-crest\\.[0-9a-f]{10}\\.svg\\).*"), "the crest by its hash");
    }

    @Test
    void a_plain_or_stale_name_gets_the_file_as_it_is_now_but_must_ask_again_and_nothing_else_is_served() throws Exception {
        String css = cssUrl();
        Matcher m = HASHED.matcher(css);
        assertTrue(m.matches());
        byte[] now = fetch(css, Map.of()).body();
        for (String other : List.of(m.group(1) + m.group(3), m.group(1) + ".0000000000" + m.group(3))) {
            var answer = fetch(other, Map.of());
            assertEquals(200, answer.statusCode(), other);
            assertArrayEquals(now, answer.body(), other);
            assertEquals("public, no-cache", answer.headers().firstValue("Cache-Control").orElse(""), other);
        }
        for (String missing : List.of("/static/css/none.css", "/static/../application.yml", "/assets/govuk/../../x.js")) {
            assertEquals(404, fetch(missing, Map.of()).statusCode(), missing);
        }
        assertFalse(new String(now, StandardCharsets.UTF_8).isBlank());
    }

    private String cssUrl() {
        return client().get("/").html().select("link[rel=stylesheet]").first().attr("href");
    }

    private HttpResponse<byte[]> fetch(String path, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl()).resolve(path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
