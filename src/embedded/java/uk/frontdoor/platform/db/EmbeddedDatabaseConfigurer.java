package uk.frontdoor.platform.db;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.MapPropertySource;
import java.io.File;
import java.util.Map;
import java.util.function.UnaryOperator;

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
        File dataDir = dataDir(System::getenv, System::getProperty);
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(dataDir.getAbsoluteFile());
        builder.propertySources(new MapPropertySource("frontdoor-embedded-database", Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", EmbeddedDatabase.APP,
                "datasources.default.password", db.appPassword(),
                "frontdoor.db.owner.username", EmbeddedDatabase.OWNER,
                "frontdoor.db.owner.password", db.ownerPassword(),
                EmbeddedMode.PROPERTY, "true",
                // with no relay, a developer reads emails (their links) from files here, never from the log
                "frontdoor.smtp.pickup-dir", new File(dataDir.getAbsoluteFile(), "emails").getPath())) {
            @Override
            public int getOrder() {
                return Integer.MAX_VALUE - 100;
            }
        });
    }

    /**
     * Where the data lives: {@code FRONTDOOR_DATA_DIR} when set, else the system property a way of starting gives as
     * its own default ({@code mn:run} and the tests, from the pom), else {@code data/mariadb}. The environment wins:
     * it is what the README documents, and a default must never silently beat it.
     */
    public static File dataDir(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
        return new File(firstSet(environment.apply("FRONTDOOR_DATA_DIR"),
                systemProperties.apply("frontdoor.embedded.data-dir"), "data/mariadb"));
    }

    private static String setting(String env, String property) {
        return firstSet(System.getenv(env), System.getProperty(property), null);
    }

    private static String firstSet(String first, String second, String otherwise) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : otherwise;
    }
}
