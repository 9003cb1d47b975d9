package uk.frontdoor.core.published;

import jakarta.inject.Singleton;
import uk.frontdoor.platform.db.Sql;

/**
 * The version of what the public pages show: the information events and their places left, the region's spokes,
 * councils and contact details, the retention periods. Database triggers (V62) bump it in the same transaction as any
 * change to those tables, so a page rendered for everyone can be kept until it changes (issue 17, ADR 59).
 */
@Singleton
public class PublishedVersion {
    private final Sql sql;

    public PublishedVersion(Sql sql) {
        this.sql = sql;
    }

    /** The version now: one read of one row by its primary key. */
    public long current() {
        return sql.one("SELECT version FROM public_pages_version WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }
}
