package uk.frontdoor.web.assets;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The files the pages use (GOV.UK Frontend, htmx, our CSS, JavaScript and images), each with a URL that carries a
 * hash of its content ({@code /static/css/app.css} is linked as {@code /static/css/app.3f2a9c01de.css}), so a browser
 * may keep it for a year and an upgrade never pairs old CSS with new markup (issues 17 and 18, ADR 60). Read once from
 * the classpath and kept in memory, with a gzipped copy of every text file. A CSS or JavaScript file that names another
 * asset names it by its hashed URL, and its own hash is of what is served. The webjars' versions are read from their
 * own {@code pom.properties}: {@code pom.xml} is the one place an asset's version is written.
 */
@Singleton
public class Assets {
    /** {@code name.0123456789.ext}: the name a URL gives a file, with its content's hash. */
    private static final Pattern HASHED = Pattern.compile("(.+)\\.([0-9a-f]{10})(\\.[A-Za-z0-9]+)");
    /** Another asset named in a CSS or JavaScript file. */
    private static final Pattern REFERENCE = Pattern.compile("/(?:assets|static)/[A-Za-z0-9._/-]+\\.[A-Za-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "txt", "text/plain;charset=utf-8", "woff2", "font/woff2",
            "json", "application/json");

    /** A file as served. */
    public record Asset(String path, byte[] body, byte[] gzipped, String hash, String contentType) {
        public String url() {
            int dot = path.lastIndexOf('.');
            return path.substring(0, dot) + "." + hash + path.substring(dot);
        }
    }

    /** What a request for a path finds: the file, and whether the hash in its URL is the file's own. */
    public record Found(Asset asset, boolean current) { }

    private final Map<String, String> roots = new LinkedHashMap<>();
    private final Map<String, Optional<Asset>> loaded = new ConcurrentHashMap<>();

    public Assets() {
        String govuk = "META-INF/resources/webjars/govuk-frontend/" + webjarVersion("govuk-frontend") + "/dist/govuk/";
        roots.put("/assets/govuk/", govuk);
        roots.put("/assets/images/", govuk + "assets/images/");
        roots.put("/assets/htmx/", "META-INF/resources/webjars/htmx.org/" + webjarVersion("htmx.org") + "/dist/");
        roots.put("/static/", "static/");
    }

    /** The URL to link {@code path} by: with its content's hash when it is one of ours, else {@code path} as it is. */
    public String url(String path) {
        return find(path).map(Asset::url).orElse(path);
    }

    /** The file a request's path names, with or without a hash. */
    public Optional<Found> request(String path) {
        Matcher hashed = HASHED.matcher(path);
        if (hashed.matches()) {
            Optional<Asset> asset = find(hashed.group(1) + hashed.group(3));
            if (asset.isPresent()) {
                return Optional.of(new Found(asset.get(), asset.get().hash().equals(hashed.group(2))));
            }
        }
        return find(path).map(asset -> new Found(asset, false));
    }

    /** One of ours by its plain path ({@code /static/css/app.css}). */
    public Optional<Asset> find(String path) {
        if (path == null || path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        Optional<Asset> known = loaded.get(path);
        if (known != null) {
            return known;
        }
        Optional<Asset> made = load(path); // may find the assets it names first: no computeIfAbsent
        if (made.isPresent()) { // a path that names nothing is not remembered: made-up paths cannot fill the memory
            loaded.putIfAbsent(path, made);
        }
        return made;
    }

    private Optional<Asset> load(String path) {
        for (Map.Entry<String, String> root : roots.entrySet()) {
            if (path.startsWith(root.getKey())) {
                String resource = root.getValue() + path.substring(root.getKey().length());
                return read(resource).map(bytes -> asset(path, bytes));
            }
        }
        return Optional.empty();
    }

    private Asset asset(String path, byte[] bytes) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        boolean text = type.startsWith("text/") || extension.equals("svg") || extension.equals("json");
        if (extension.equals("css") || extension.equals("js")) {
            bytes = linked(path, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return new Asset(path, bytes, text ? gzip(bytes) : null, hash(bytes), type);
    }

    /** The file with every other asset it names named by its hashed URL. */
    private String linked(String path, String content) {
        Matcher m = REFERENCE.matcher(content);
        StringBuilder out = new StringBuilder(content.length() + 64);
        while (m.find()) {
            String other = m.group();
            String url = other.equals(path) ? other : find(other).map(Asset::url).orElse(other);
            m.appendReplacement(out, Matcher.quoteReplacement(url));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion(String artifact) {
        String resource = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        byte[] bytes = read(resource).orElseThrow(() -> new IllegalStateException("No " + resource + " on the classpath"));
        Properties properties = new Properties();
        try {
            properties.load(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
