package uk.frontdoor.platform.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A first start of the embedded MariaDB that stopped half-way (interrupted, or its temporary files removed under
 * it) left a data directory every later start failed on, until someone deleted it by hand: a developer's portal,
 * or a whole test JVM, could not start again. Such a directory is moved aside and the server installed afresh;
 * a directory holding the portal's data never is.
 */
class AnUnfinishedInstallationTest {
    private static final byte[] NOT_A_TABLESPACE = "half of an installation".getBytes();

    @Test
    void a_data_directory_holding_only_a_broken_installation_is_moved_aside_and_the_server_installed_afresh()
            throws Exception {
        File dir = newDirectory("unfinished");
        Path data = dir.toPath().resolve("data");
        Files.createDirectories(data.resolve("mysql"));
        Files.write(data.resolve("ibdata1"), NOT_A_TABLESPACE);

        EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.OWNER, db.ownerPassword());
                ResultSet rs = c.createStatement().executeQuery("SELECT DATABASE()")) {
            assertTrue(rs.next());
            assertEquals("frontdoor", rs.getString(1));
        } finally {
            db.stop();
        }
        File[] aside = dir.listFiles((d, name) -> name.startsWith("data-unfinished-"));
        assertEquals(1, aside.length, "the broken directory is kept, moved aside: " + Arrays.toString(dir.list()));
        assertArrayEquals(NOT_A_TABLESPACE, Files.readAllBytes(aside[0].toPath().resolve("ibdata1")));
    }

    @Test
    void a_data_directory_with_the_portals_database_in_it_is_never_moved_even_when_the_server_will_not_start()
            throws Exception {
        File dir = newDirectory("ours");
        Path data = dir.toPath().resolve("data");
        Files.createDirectories(data.resolve("mysql"));
        Files.createDirectories(data.resolve("frontdoor"));
        Files.write(data.resolve("ibdata1"), NOT_A_TABLESPACE);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(dir));

        assertTrue(refused.getMessage().startsWith("Could not start the embedded MariaDB in " + dir),
                refused.getMessage());
        assertArrayEquals(NOT_A_TABLESPACE, Files.readAllBytes(data.resolve("ibdata1")));
        assertEquals(0, dir.listFiles((d, name) -> name.startsWith("data-unfinished-")).length);
    }

    private static File newDirectory(String name) throws java.io.IOException {
        Path parent = Path.of("target", "embedded-database-tests");
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, name + "-").toFile().getAbsoluteFile();
    }
}
