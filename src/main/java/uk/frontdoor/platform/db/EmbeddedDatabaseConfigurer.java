package uk.frontdoor.platform.db;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.MapPropertySource;
import java.io.File;
import java.util.Map;

/**
 * With no {@code DB_URL} in the environment, starts the embedded MariaDB before configuration is read and
 * points the default datasource at it as the portal's own account, and the migrations at it as the owner (ADR 40). With {@code DB_URL} set, does nothing: the real server is used.
 */
@ContextConfigurer
public final class EmbeddedDatabaseConfigurer implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        String url = setting("DB_URL", "frontdoor.db.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        String dir = setting("FRONTDOOR_DATA_DIR", "frontdoor.embedded.data-dir");
        File dataDir = new File(dir == null || dir.isBlank() ? "data/mariadb" : dir);
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(dataDir.getAbsoluteFile());
        builder.propertySources(new MapPropertySource("frontdoor-embedded-database", Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", EmbeddedDatabase.APP,
                "datasources.default.password", db.appPassword(),
                "frontdoor.db.owner.username", EmbeddedDatabase.OWNER,
                "frontdoor.db.owner.password", db.ownerPassword())) {
            @Override
            public int getOrder() {
                return Integer.MAX_VALUE - 100;
            }
        });
    }

    private static String setting(String env, String property) {
        String fromProperty = System.getProperty(property);
        return fromProperty != null ? fromProperty : System.getenv(env);
    }
}
