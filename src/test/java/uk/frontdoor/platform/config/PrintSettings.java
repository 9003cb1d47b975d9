package uk.frontdoor.platform.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

/**
 * Run in a JVM of its own by {@link EveryDocumentedVariableTakesEffectTest}: reads the configuration as the portal
 * would (environment variables, system properties, application.yml) without starting anything, and prints each
 * property named in its arguments as {@code name=value}.
 */
public final class PrintSettings {
    private PrintSettings() {
    }

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            for (String name : args) {
                System.out.println(name + "=" + environment.getProperty(name, String.class).orElse("<unset>"));
            }
        }
    }
}
