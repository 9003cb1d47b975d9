package uk.frontdoor.platform.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

/**
 * Run in a JVM of its own by {@link EveryDocumentedVariableTakesEffectTest}: reads the configuration as the portal
 * would (environment variables, system properties, application.yml) without starting anything, and prints each
 * property named in its arguments as {@code name=value}, and the log format logback chose.
 */
public final class PrintSettings {
    /** Printed with the name of the appender logback.xml chose (LOG_FORMAT). */
    static final String LOG_APPENDER = "logback.appender";

    private PrintSettings() {
    }

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ROOT");
            root.iteratorForAppenders().forEachRemaining(a -> System.out.println(LOG_APPENDER + "=" + a.getName()));
            for (String name : args) {
                System.out.println(name + "=" + environment.getProperty(name, String.class).orElse("<unset>"));
            }
        }
    }
}
