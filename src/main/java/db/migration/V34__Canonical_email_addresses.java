package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.frontdoor.core.identity.CanonicalAddresses;

/**
 * Every stored email address in its canonical form (ADR 0029). A Java migration because the canonical form
 * needs IDNA, which SQL cannot compute; the rule itself lives in one place, {@code core.identity}.
 */
public class V34__Canonical_email_addresses extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        CanonicalAddresses.rewrite(context.getConnection());
    }
}
