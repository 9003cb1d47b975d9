package uk.frontdoor.web.access;

/** Paths served from files (GOV.UK Frontend, htmx, our CSS and JS): public, read-only, cacheable. */
public final class StaticAssets {
    private StaticAssets() {
    }

    public static boolean isAsset(String path) {
        return path.startsWith("/assets/") || path.startsWith("/static/")
                || path.equals("/favicon.ico") || path.equals("/robots.txt");
    }
}
