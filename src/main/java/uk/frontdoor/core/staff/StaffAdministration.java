package uk.frontdoor.core.staff;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;

/**
 * An administrator's changes to staff accounts, each written with its audit row in the same transaction. Nobody
 * types a password for someone else (ADR 0030): a new account, and a reset, email the person a link to set their own.
 * Someone must always be left able to administer: an administrator cannot deactivate their own account or remove
 * their own administrator role, and changes that could leave no administrator are made one at a time (they lock the
 * administrators' rows) by someone who is still an active administrator when the change is made.
 */
@Singleton
public class StaffAdministration {
    /** See {@link PasswordRules}. */
    public static final int MIN_PASSWORD = PasswordRules.MIN_LENGTH;
    public static final int MAX_PASSWORD = PasswordRules.MAX_LENGTH;

    private final StaffAccounts accounts;
    private final SetPasswordLinks links;
    private final AuditLog audit;
    private final Sql sql;
    private final ApplicationEventPublisher<StaffDeactivated> deactivations;

    public StaffAdministration(StaffAccounts accounts, SetPasswordLinks links, AuditLog audit, Sql sql,
                               ApplicationEventPublisher<StaffDeactivated> deactivations) {
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.sql = sql;
        this.deactivations = deactivations;
    }

    /** What became of an administrator's change. */
    public enum Change {
        DONE,
        NO_SUCH_ACCOUNT,
        /** Not allowed on one's own account (deactivating it, resetting its password: use "Your account"). */
        OWN_ACCOUNT,
        OWN_ADMINISTRATOR_ROLE,
        /** The account is deactivated (reactivate it first). */
        DEACTIVATED,
        /** The person acting is no longer an active administrator (another administrator changed that meanwhile). */
        NOT_AN_ADMINISTRATOR
    }

    /**
     * Creates an account without a password and emails its owner a link to set one, at the address given (now the
     * address on the account).
     */
    @Transactional
    public long create(EmailAddress email, String displayName, Set<Role> roles, Set<Long> teamIds, long adminId) {
        requireValid(roles, teamIds);
        long id = accounts.create(email, displayName, roles, teamIds);
        links.send(id, SetPasswordLinks.Purpose.NEW_ACCOUNT);
        audit.staff(adminId, "CREATE_STAFF", Subject.STAFF, id, "roles " + new TreeSet<>(roles) + ", teams "
                + new TreeSet<>(teamIds) + "; set-password link emailed");
        return id;
    }

    /**
     * Takes the colleague's password away at once, ends every session they have and emails them a new link to set
     * one. For an account still waiting for its first password this sends a fresh link (the last one may have
     * expired).
     */
    @Transactional
    public Change resetPassword(long staffId, long adminId) {
        Optional<StaffSummary> account = accounts.summary(staffId);
        if (account.isEmpty()) {
            return Change.NO_SUCH_ACCOUNT;
        }
        if (staffId == adminId) {
            return Change.OWN_ACCOUNT;
        }
        if (!account.get().active()) {
            return Change.DEACTIVATED;
        }
        accounts.clearPassword(staffId);
        int ended = accounts.endSessions(staffId, null);
        links.send(staffId, SetPasswordLinks.Purpose.RESET);
        audit.staff(adminId, "RESET_STAFF_PASSWORD", Subject.STAFF, staffId,
                (account.get().passwordSet() ? "password removed" : "no password was set yet") + ", " + ended
                        + " sessions ended; set-password link emailed");
        return Change.DONE;
    }

    /**
     * Replaces a colleague's roles and teams. The roles and teams must pass the same rules as a new account's (the
     * form checks them first; here they are a guard). The audit row has both before and after.
     */
    @Transactional
    public Change changeRolesAndTeams(long staffId, Set<Role> roles, Set<Long> teamIds, long adminId) {
        requireValid(roles, teamIds);
        if (!stillAnAdministrator(adminId)) {
            return Change.NOT_AN_ADMINISTRATOR;
        }
        if (accounts.summary(staffId).isEmpty()) {
            return Change.NO_SUCH_ACCOUNT;
        }
        if (staffId == adminId && !roles.contains(Role.ADMINISTRATOR)) {
            return Change.OWN_ADMINISTRATOR_ROLE;
        }
        Set<Role> rolesBefore = accounts.roles(staffId);
        Set<Long> teamsBefore = accounts.teams(staffId);
        if (rolesBefore.equals(roles) && teamsBefore.equals(Set.copyOf(teamIds))) {
            return Change.DONE;
        }
        sql.update("DELETE FROM staff_role WHERE staff_id = ?", staffId);
        for (Role role : roles) {
            sql.update("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", staffId, role);
        }
        sql.update("DELETE FROM staff_team WHERE staff_id = ?", staffId);
        for (Long team : teamIds) {
            sql.update("INSERT INTO staff_team (staff_id, team_id) VALUES (?, ?)", staffId, team);
        }
        audit.staff(adminId, "CHANGE_STAFF_ROLES", Subject.STAFF, staffId,
                "roles " + new TreeSet<>(rolesBefore) + " -> " + new TreeSet<>(roles)
                        + ", teams " + new TreeSet<>(teamsBefore) + " -> " + new TreeSet<>(teamIds));
        return Change.DONE;
    }

    /**
     * Deactivating ends the person's sessions at once, retires any set-password link they have and returns their open
     * work items to their teams' queues, unassigned ({@link StaffDeactivated}), all in this transaction. Nobody can
     * deactivate their own account.
     */
    @Transactional
    public Change setActive(long staffId, boolean active, long adminId) {
        if (!active && staffId == adminId) {
            return Change.OWN_ACCOUNT;
        }
        if (!stillAnAdministrator(adminId)) {
            return Change.NOT_AN_ADMINISTRATOR;
        }
        Optional<StaffSummary> account = accounts.summary(staffId);
        if (account.isEmpty()) {
            return Change.NO_SUCH_ACCOUNT;
        }
        accounts.setActive(staffId, active);
        if (!active) {
            links.retireAll(staffId);
        }
        audit.staff(adminId, active ? "REACTIVATE_STAFF" : "DEACTIVATE_STAFF", Subject.STAFF, staffId, null);
        if (!active) {
            deactivations.publishEvent(new StaffDeactivated(staffId, account.get().displayName(), adminId));
        }
        return Change.DONE;
    }

    /**
     * Whether {@code adminId} is still an active administrator, read after locking every administrator's role row (in
     * one order), so that two administrators removing each other at the same moment are made one after the other and
     * the second is refused.
     */
    private boolean stillAnAdministrator(long adminId) {
        List<Long> administrators = sql.list(
                "SELECT staff_id FROM staff_role WHERE role = 'ADMINISTRATOR' ORDER BY staff_id FOR UPDATE",
                rs -> rs.getLong(1));
        return administrators.contains(adminId)
                && sql.one("SELECT active FROM staff_account WHERE id = ? FOR UPDATE", rs -> rs.getBoolean(1), adminId)
                        .orElse(false);
    }

    /** At least one role; a team for anyone who does not see every queue (or they would see no work at all). */
    private static void requireValid(Set<Role> roles, Collection<Long> teamIds) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A staff account needs at least one role");
        }
        if (teamIds.isEmpty() && !Role.seeEveryQueue(roles)) {
            throw new IllegalArgumentException("Staff who do not see every queue need a team: " + roles);
        }
    }
}
