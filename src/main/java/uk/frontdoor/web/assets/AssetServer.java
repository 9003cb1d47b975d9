package uk.frontdoor.web.assets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.frontdoor.web.access.StaticAssets;

/**
 * Serves {@link Assets} from memory, before routing and on the thread that read the request: nothing about an asset
 * needs the database, a session or a route. A URL with the file's own hash may be kept by any cache for a year; a
 * plain URL, or one with another hash (a page from a node on another version, during an upgrade), gets the file as it
 * is now and must be asked for again. Text files go gzipped to a browser that accepts it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AssetServer implements Ordered {
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String ASK_AGAIN = "public, no-cache";

    private final Assets assets;

    public AssetServer(Assets assets) {
        this.assets = assets;
    }

    /** Straight after the security headers' filter (so an asset carries them too) and the request's id. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> serve(HttpRequest<?> request) {
        if (!StaticAssets.isAsset(request.getPath())
                || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD)) {
            return null;
        }
        Assets.Found found = assets.request(request.getPath()).orElse(null);
        if (found == null) {
            return HttpResponse.notFound();
        }
        Assets.Asset asset = found.asset();
        String etag = "\"" + asset.hash() + "\"";
        MutableHttpResponse<?> response;
        if (etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            response = HttpResponse.notModified();
        } else if (asset.gzipped() != null && accepts(request, "gzip")) {
            response = HttpResponse.ok(asset.gzipped()).header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = HttpResponse.ok(asset.body());
        }
        if (asset.gzipped() != null) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        return response.header(HttpHeaders.CONTENT_TYPE, asset.contentType()).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, found.current() ? FOREVER : ASK_AGAIN);
    }

    private static boolean accepts(HttpRequest<?> request, String encoding) {
        String accepted = request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.contains(encoding);
    }
}
