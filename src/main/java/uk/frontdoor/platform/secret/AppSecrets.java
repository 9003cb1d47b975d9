package uk.frontdoor.platform.secret;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Keys the app signs things with, made at random the first time they are needed and kept in the
 * database so that every node signs alike. Whichever node inserts first wins; the others read its key.
 */
@Singleton
public class AppSecrets {
    private final Sql sql;
    private final Clock clock;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public AppSecrets(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        sql.update("INSERT IGNORE INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)",
                name, fresh, Times.nowUtc(clock));
        return sql.one("SELECT secret FROM app_secret WHERE name = ?", rs -> rs.getBytes(1), name).orElseThrow();
    }
}
