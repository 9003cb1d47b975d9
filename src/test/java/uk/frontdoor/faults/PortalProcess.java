package uk.frontdoor.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.frontdoor.platform.db.EmbeddedDatabase;
import uk.frontdoor.testing.Mailbox;

/**
 * The portal as its own operating-system process (a separate JVM on the test classpath), as it runs in
 * production: so a test can kill it with SIGKILL, which nothing inside the JVM can clean up after.
 */
final class PortalProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;
    private final Path log;
    private final long startedIn;

    private PortalProcess(Process process, URI base, Path log, long startedIn) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startedIn = startedIn;
    }

    /** Starts a portal on a free port with these environment variables and waits until /health answers 200. */
    static PortalProcess start(String name, Map<String, String> environment, List<String> systemProperties,
                               Duration timeout) throws Exception {
        int port = freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(systemProperties);
        command.addAll(List.of("-cp", classpath, "uk.frontdoor.Application"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        Path log = Path.of("target", "portal-" + name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting; see " + log.toAbsolutePath());
            }
            if (healthStatus(base) == 200) {
                return new PortalProcess(process, base, log, (System.nanoTime() - started) / 1_000_000);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The portal did not become healthy in " + timeout + "; see "
                + log.toAbsolutePath());
    }

    /** The embedded MariaDB the tests share (started once per JVM). */
    static EmbeddedDatabase testDatabase() {
        return EmbeddedDatabase.startOnce(new File(
                System.getProperty("frontdoor.embedded.data-dir", "target/test-mariadb")).getAbsoluteFile());
    }

    /** What a portal needs to run on that database and the tests' mail server, and {@code more}. */
    static Map<String, String> environment(EmbeddedDatabase db, Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "DB_URL", db.jdbcUrl(), "DB_USER", EmbeddedDatabase.APP, "DB_PASSWORD", db.appPassword(),
                "DB_OWNER_USER", EmbeddedDatabase.OWNER, "DB_OWNER_PASSWORD", db.ownerPassword(),
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(Mailbox.port()),
                // any free port: two test JVMs may each run a portal process at the same moment
                "MANAGEMENT_PORT", "0"));
        env.putAll(more);
        return env;
    }

    /** Sends SIGTERM, as an orchestrator stopping the node does, and returns at once. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code, or -1 if it did not end in time. */
    int waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    URI base() {
        return base;
    }

    long startedInMillis() {
        return startedIn;
    }

    File log() {
        return log.toFile();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** 200 when healthy, 503 when the database is unreachable, -1 when nothing answers. */
    int healthStatus() {
        return healthStatus(base);
    }

    private static int healthStatus(URI base) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Kills the process with SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns its exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Stops it politely (SIGTERM), as an operator would. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
