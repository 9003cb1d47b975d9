package uk.frontdoor.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.EmbeddedDatabaseConfigurer;

/**
 * An operator sets the variables the README documents and expects each to take effect, however the portal is
 * started. Every variable of the README's configuration table is set to a value that is not its default in a fresh
 * JVM that also carries the system property {@code mn:run} and the tests are given, and the portal's resolved
 * configuration must hold the variable's value. (A system property of the variable's own name, {@code -DPORT=...},
 * is an operator's explicit choice and wins, as Micronaut's order of property sources says.)
 */
class EveryDocumentedVariableTakesEffectTest {
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \\|");
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z_]+)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+):?([^}]*)}");

    /** Variables read outside application.yml, each with the check that covers it. */
    private static final Set<String> READ_ELSEWHERE = Set.of(
            "FRONTDOOR_DATA_DIR",   // by the embedded database's configurer: the_data_directory_... below
            "DB_URL",               // also by that configurer (unset: the embedded database); its yml use is checked too
            "LOG_FORMAT");          // by logback.xml: checked below, against the default the pom gives mn:run

    record Binding(String property, String defaultValue) { }

    @Test
    void every_variable_in_the_readme_wins_over_the_built_in_default() throws Exception {
        List<String> documented = documentedVariables();
        Map<String, Binding> bindings = bindingsInApplicationYml();
        Set<String> unbound = new TreeSet<>(documented);
        unbound.removeAll(bindings.keySet());
        unbound.removeAll(READ_ELSEWHERE);
        assertEquals(Set.of(), unbound, "documented in the README but read nowhere the portal looks");

        Map<String, String> environment = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        List<String> systemProperties = new ArrayList<>();
        for (String variable : documented) {
            Binding binding = bindings.get(variable);
            if (binding == null) {
                continue;
            }
            environment.put(variable, notTheDefault(variable, binding.defaultValue()));
            properties.add(binding.property());
        }
        // what the pom passes under mn:run and in the tests
        systemProperties.add("-Dfrontdoor.embedded.data-dir=target/from-the-pom");
        systemProperties.add("-Dfrontdoor.log.default-format=text");
        systemProperties.add("-Dlogback.configurationFile=logback.xml"); // production's, not logback-test.xml
        environment.put("LOG_FORMAT", "json");
        properties.add(PrintSettings.LOG_APPENDER);
        environment.put("DB_URL", "jdbc:mariadb://db.invalid:3306/frontdoor"); // no embedded database in that JVM
        Map<String, String> resolved = resolve(environment, systemProperties, properties);
        assertEquals("json", resolved.get(PrintSettings.LOG_APPENDER), "LOG_FORMAT chooses the log format");
        for (String variable : environment.keySet()) {
            if (variable.equals("LOG_FORMAT")) {
                continue;
            }
            Binding binding = bindings.get(variable);
            assertEquals(environment.get(variable), resolved.get(binding.property()),
                    variable + " should set " + binding.property());
        }
    }

    @Test
    void the_data_directory_from_the_environment_wins_over_the_one_mn_run_passes() {
        Map<String, String> env = Map.of("FRONTDOOR_DATA_DIR", "/srv/frontdoor-data");
        Map<String, String> props = Map.of("frontdoor.embedded.data-dir", "/work/project/data/mariadb");
        assertEquals(new File("/srv/frontdoor-data"), EmbeddedDatabaseConfigurer.dataDir(env::get, props::get));
        assertEquals(new File("/work/project/data/mariadb"),
                EmbeddedDatabaseConfigurer.dataDir(Map.<String, String>of()::get, props::get));
        assertEquals(new File("data/mariadb"),
                EmbeddedDatabaseConfigurer.dataDir(Map.<String, String>of()::get, Map.<String, String>of()::get));
    }

    private static List<String> documentedVariables() throws Exception {
        List<String> variables = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| variable |")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (inTable && row.find()) {
                Matcher name = VARIABLE.matcher(row.group(1));
                while (name.find()) {
                    variables.add(name.group(1));
                }
            }
        }
        assertTrue(variables.size() > 20, "the README's configuration table was not found: " + variables);
        return variables;
    }

    /** Which property each {@code ${VARIABLE:default}} of application.yml sets (nested keys joined by dots). */
    static Map<String, Binding> bindingsInApplicationYml() throws Exception {
        Map<String, Binding> bindings = new LinkedHashMap<>();
        Deque<String[]> path = new ArrayDeque<>(); // {indent, key}
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.yml"), StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains(":")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            while (!path.isEmpty() && Integer.parseInt(path.peek()[0]) >= indent) {
                path.pop();
            }
            String key = trimmed.substring(0, trimmed.indexOf(':'));
            path.push(new String[] {String.valueOf(indent), key});
            Matcher placeholder = PLACEHOLDER.matcher(trimmed);
            if (placeholder.find()) {
                List<String> keys = new ArrayList<>();
                path.descendingIterator().forEachRemaining(k -> keys.add(k[1]));
                bindings.put(placeholder.group(1), new Binding(String.join(".", keys), placeholder.group(2)));
            }
        }
        return bindings;
    }

    private static String notTheDefault(String variable, String defaultValue) {
        if (defaultValue.equals("true") || defaultValue.equals("false")) {
            return String.valueOf(!Boolean.parseBoolean(defaultValue));
        }
        if (defaultValue.matches("\\d+")) {
            return String.valueOf(Integer.parseInt(defaultValue) + 7);
        }
        return "set-by-" + variable.toLowerCase();
    }

    private static Map<String, String> resolve(Map<String, String> environment, List<String> systemProperties,
                                               List<String> properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m"));
        command.addAll(systemProperties);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PrintSettings.class.getName()));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && properties.contains(line.substring(0, eq))) {
                resolved.putIfAbsent(line.substring(0, eq), line.substring(eq + 1)); // the appender comes first
            }
        }
        return resolved;
    }
}
