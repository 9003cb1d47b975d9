package uk.frontdoor.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.AppAccountCheck;
import uk.frontdoor.platform.db.AppGrants;
import uk.frontdoor.platform.db.Migrations;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.DatabaseOwner;

/**
 * The portal serves as an account of its own that may read and add to the audit log and its chain, and nothing else
 * (issue 12, ADR 40): the database itself refuses it an UPDATE, a DELETE, emptying a table or dropping the triggers.
 * Migrations run as the schema's owner, whose callback gives the portal its rights on every table, a later one too;
 * and the portal will not start as an account that could alter the audit log.
 */
@MicronautTest(transactional = false)
class ThePortalsAccountCannotAlterTheAuditLogTest extends SealedWhenTheTestSays {
    /** MariaDB's "... command denied to user ... for table ..." (ER_TABLEACCESS_DENIED_ERROR). */
    private static final int COMMAND_DENIED = 1142;

    @Inject
    Sql sql;
    @Inject
    AuditLog audit;
    @Inject
    AuditChain chain;
    @Inject
    DatabaseOwner owner;
    @Inject
    StaffFixture staff;
    @Property(name = "datasources.default.url")
    String url;
    @Property(name = "datasources.default.username")
    String appUser;
    @Property(name = "datasources.default.password")
    String appPassword;
    @Property(name = "frontdoor.db.owner.username")
    String ownerUser;
    @Property(name = "frontdoor.db.owner.password")
    String ownerPassword;

    @Test
    void the_portal_serves_a_page_and_writes_its_audit_row_as_its_own_account_not_the_owner() {
        String connectedAs = sql.one("SELECT CURRENT_USER()", rs -> rs.getString(1)).orElseThrow();
        assertTrue(connectedAs.startsWith(appUser + "@"), connectedAs);
        assertTrue(!appUser.equals(ownerUser), "two accounts");

        var worker = staff.person("Audit Reader", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        var item = staff.enquiry(staff.team("se-recruitment"));
        var page = staff.signIn(client(), worker).get("/staff/items/" + item.id());
        assertEquals(200, page.status());
        assertTrue(page.body().contains(item.fullName()), "the enquiry is shown");
        assertEquals(1, staff.audits(worker.id(), "VIEW_ENQUIRY", "ENQUIRY", item.enquiryId()),
                "its view is in the audit log, written by the portal's account");
    }

    @Test
    void the_database_refuses_it_an_update_or_delete_of_an_audit_row_and_of_its_seal() {
        audit.system("ACCOUNT_TEST", Subject.ENQUIRY, 910_000_000L, "as written");
        long id = sql.count("SELECT MAX(id) FROM audit_event WHERE action = 'ACCOUNT_TEST'");
        while (chain.sealBatch() > 0) {
            // the portal's account adds seals too
        }
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", id), "it inserted the seal");

        assertRefused("UPDATE", () -> sql.update("UPDATE audit_event SET detail = 'changed' WHERE id = ?", id));
        assertRefused("DELETE", () -> sql.update("DELETE FROM audit_event WHERE id = ?", id));
        assertRefused("UPDATE", () -> sql.update("UPDATE audit_seal SET sealed_at = UTC_TIMESTAMP() WHERE audit_id = ?",
                id));
        assertRefused("DELETE", () -> sql.update("DELETE FROM audit_seal WHERE audit_id = ?", id));

        assertEquals("as written", sql.one("SELECT detail FROM audit_event WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(), "the row is as it was written");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_seal WHERE audit_id = ?", id), "the seal is still there");
        assertTrue(chain.verify(checked -> { }).holds());
    }

    @Test
    void nor_may_it_empty_the_tables_or_drop_the_append_only_triggers() {
        assertRefused("DROP", () -> sql.update("TRUNCATE TABLE audit_event"));
        assertRefused("DROP", () -> sql.update("TRUNCATE TABLE audit_seal"));
        assertRefused("TRIGGER", () -> sql.update("DROP TRIGGER audit_event_no_update"));
        assertEquals(4, owner.count("SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema ="
                + " DATABASE() AND event_object_table IN ('audit_event', 'audit_seal')"), "the triggers are still there");
    }

    @Test
    void every_table_gives_the_portal_its_rights_the_audit_tables_only_read_and_add_and_routines_run() {
        Map<String, Set<String>> granted = new TreeMap<>();
        sql.list("""
                SELECT table_name, privilege_type FROM information_schema.table_privileges
                WHERE table_schema = DATABASE() AND grantee = CONCAT('''', ?, '''@''%''')""",
                rs -> granted.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2)), appUser);
        List<String> tables = sql.list("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                rs -> rs.getString(1));
        assertTrue(tables.size() > 50, "every table of the schema: " + tables.size());
        for (String table : tables) {
            Set<String> expected = switch (table) {
                case "audit_event", "audit_seal", "audit_chain_start" -> Set.of("INSERT", "SELECT");
                case "flyway_schema_history" -> Set.of("SELECT");
                default -> Set.of("DELETE", "INSERT", "SELECT", "UPDATE");
            };
            assertEquals(new TreeSet<>(expected), granted.get(table), table);
        }
        assertEquals(List.of("EXECUTE"), sql.list("SELECT privilege_type FROM information_schema.schema_privileges"
                + " WHERE table_schema = DATABASE() AND grantee = CONCAT('''', ?, '''@''%''')", rs -> rs.getString(1),
                appUser), "on the whole schema only EXECUTE, for the owner's routines");
    }

    @Test
    void a_table_a_later_migration_adds_gets_the_portals_rights_from_the_owners_callback() throws SQLException {
        String table = "later_" + UUID.randomUUID().toString().substring(0, 8);
        owner.update("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, note VARCHAR(20))");
        try {
            assertRefused("INSERT", () -> sql.update("INSERT INTO " + table + " VALUES (1, 'before')"));
            try (Connection c = owner.connect()) {
                List<String> granted = new AppGrants(AppGrants.account(appUser, "%")).grant(c, "flyway_schema_history");
                assertTrue(granted.contains(table), "granted on " + table);
                granted = new AppGrants(AppGrants.account(appUser, "%")).grant(c, "flyway_schema_history");
                assertTrue(granted.contains(table), "and again, changing nothing");
            }
            assertEquals(1, sql.update("INSERT INTO " + table + " VALUES (1, 'after')"));
            assertEquals(1, sql.update("UPDATE " + table + " SET note = 'changed' WHERE id = 1"));
            assertEquals(1, sql.update("DELETE FROM " + table + " WHERE id = 1"));
            assertRefused("UPDATE", () -> sql.update("UPDATE audit_event SET detail = 'x' WHERE id = 0"));
        } finally {
            owner.update("DROP TABLE " + table);
        }
    }

    @Test
    void a_routine_the_owner_defines_later_runs_for_the_portal_with_the_owners_rights_and_only_as_written() {
        String routine = "later_" + UUID.randomUUID().toString().substring(0, 8);
        owner.update("CREATE PROCEDURE " + routine + "() SQL SECURITY DEFINER"
                + " UPDATE audit_event SET detail = detail WHERE FALSE");
        try {
            sql.update("CALL " + routine + "()");
            assertRefused("UPDATE", () -> sql.update("UPDATE audit_event SET detail = detail WHERE FALSE"));
        } finally {
            owner.update("DROP PROCEDURE " + routine);
        }
    }

    @Test
    void the_portal_will_not_start_as_an_account_that_could_alter_the_audit_log() throws SQLException {
        MariaDbDataSource asOwner = dataSource(ownerUser, ownerPassword);
        assertTrue(AppAccountCheck.whatItMayAlter(asOwner).contains("UPDATE audit_event"));

        var oneAccountForEverything = new Migrations(url, ownerUser, "%", ownerUser, ownerPassword,
                DataSourceResolver.DEFAULT);
        var refused = assertThrows(IllegalStateException.class, () -> oneAccountForEverything.prepare(asOwner));
        assertTrue(refused.getMessage().contains("may alter the audit log"), refused.getMessage());

        var noOwnerAndTheOwnersAccount = new Migrations(url, ownerUser, "%", "", "", DataSourceResolver.DEFAULT);
        assertThrows(IllegalStateException.class, () -> noOwnerAndTheOwnersAccount.prepare(asOwner));

        MariaDbDataSource asPortal = dataSource(appUser, appPassword);
        assertEquals(List.of(), AppAccountCheck.whatItMayAlter(asPortal));
        new Migrations(url, appUser, "%", "", "", DataSourceResolver.DEFAULT).prepare(asPortal);
    }

    private MariaDbDataSource dataSource(String user, String password) throws SQLException {
        MariaDbDataSource ds = new MariaDbDataSource(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** The statement fails because the account lacks the right (not because of a trigger or a missing row). */
    private static void assertRefused(String command, Runnable statement) {
        RuntimeException e = assertThrows(RuntimeException.class, statement::run);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                assertEquals(COMMAND_DENIED, s.getErrorCode(), s.getMessage());
                assertTrue(s.getMessage().contains(command + " command denied"), s.getMessage());
                return;
            }
        }
        throw new AssertionError("not refused by the database", e);
    }
}
