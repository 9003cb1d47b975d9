package uk.frontdoor.platform.db;

/**
 * Whether this process runs on the embedded MariaDB (a developer's machine or the tests). The embedded database and
 * its configurer are built only with the {@code embedded-db} Maven profile ({@code src/embedded/java}); the production
 * jar has neither, so there this property is never set.
 */
public final class EmbeddedMode {
    /** Set to {@code true} by the embedded database's configurer, and by nothing else. */
    public static final String PROPERTY = "frontdoor.embedded.running";

    private EmbeddedMode() {
    }
}
