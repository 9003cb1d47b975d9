package uk.frontdoor.core.staff;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.platform.db.Sql;

/**
 * An administrator's changes to staff accounts, each written with its audit row in the same transaction. Nobody
 * types a password for someone else (ADR 0030): a new account, and a reset, email the person a link to set their own.
 * Someone must always be left able to administer: an administrator cannot deactivate their own account or remove
 * their own administrator role, and changes that could leave no administrator are made one at a time (they lock the
 * administrators' rows) by someone who is still an active administrator when the change is made.
 *
 * <p>Each action takes the administrator acting and answers a {@link Result}. Someone who is not an administrator is
 * {@link Result.NotFound not found}; the web never gets that far (the whole administration area is refused by role,
 * 403), except an administrator whose role another one removed a moment ago, whom the changes that lock the
 * administrators' rows find out.
 */
@Singleton
public class StaffAdministration {
    /** The "field" of a refusal about the whole account, not one of its fields: the page shows it in a banner. */
    public static final String ACCOUNT = "account";

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

    /**
     * Every staff account, as the administrators' list shows them (names, addresses, roles: colleagues' personal data),
     * with one view audit row each time it is shown, re-shown after a refusal included.
     */
    @Transactional
    public Result<List<StaffSummary>> accounts(StaffMember me) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<StaffSummary> all = accounts.all();
        audit.staff(me.id(), "VIEW_STAFF_ACCOUNTS", Subject.STAFF, null, all.size() + " accounts");
        return Result.done(all);
    }

    /** One colleague's account as an administrator opens it, audited as {@link #accounts} is. */
    @Transactional
    public Result<StaffSummary> account(StaffMember me, long staffId) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        Optional<StaffSummary> account = accounts.summary(staffId);
        if (account.isEmpty()) {
            return Result.notFound();
        }
        audit.staff(me.id(), "VIEW_STAFF_ACCOUNT", Subject.STAFF, staffId, null);
        return Result.done(account.get());
    }

    /**
     * Creates an account without a password and emails its owner a link to set one, at the address given (now the
     * address on the account). Refused with each problem in page order; refused the same way when someone created an
     * account with the address a moment ago. Answers the new account's id.
     */
    @Transactional
    public Result<Long> create(StaffMember me, NewAccount account) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<Problem> problems = account.problems(teamIds(), accounts::emailTaken);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        RolesAndTeams chosen = account.rolesAndTeams();
        Optional<Long> created = accounts.create(account.address().orElseThrow(), account.fullName(), chosen.roles(),
                chosen.teamIds());
        if (created.isEmpty()) {
            return Result.refused(List.of(NewAccount.EMAIL_TAKEN));
        }
        long id = created.get();
        links.send(id, SetPasswordLinks.Purpose.NEW_ACCOUNT);
        audit.staff(me.id(), "CREATE_STAFF", Subject.STAFF, id, "roles " + new TreeSet<>(chosen.roles()) + ", teams "
                + new TreeSet<>(chosen.teamIds()) + "; set-password link emailed");
        return Result.done(id);
    }

    /**
     * Takes the colleague's password away at once, ends every session they have and emails them a new link to set
     * one. For an account still waiting for its first password this sends a fresh link (the last one may have
     * expired). Refused (against {@link #ACCOUNT}) for one's own account ("Your account" changes it) and for a
     * deactivated one.
     */
    @Transactional
    public Result<Long> resetPassword(StaffMember me, long staffId) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        Optional<StaffSummary> account = accounts.summary(staffId);
        if (account.isEmpty()) {
            return Result.notFound();
        }
        if (staffId == me.id()) {
            return Result.refused(ACCOUNT, "staff.colleague.error.resetYourself");
        }
        if (!account.get().active()) {
            return Result.refused(ACCOUNT, "staff.colleague.error.resetDeactivated");
        }
        accounts.clearPassword(staffId);
        int ended = accounts.endSessions(staffId, null);
        links.send(staffId, SetPasswordLinks.Purpose.RESET);
        audit.staff(me.id(), "RESET_STAFF_PASSWORD", Subject.STAFF, staffId,
                (account.get().passwordSet() ? "password removed" : "no password was set yet") + ", " + ended
                        + " sessions ended; set-password link emailed");
        return Result.done(staffId);
    }

    /**
     * Replaces a colleague's roles and teams, which follow the same rules as a new account's; an administrator cannot
     * remove their own administrator role. The audit row has both before and after.
     */
    @Transactional
    public Result<Long> changeRolesAndTeams(StaffMember me, long staffId, RolesAndTeams wanted) {
        if (!stillAnAdministrator(me)) {
            return Result.notFound();
        }
        if (accounts.summary(staffId).isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = wanted.problems(teamIds());
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        Set<Role> roles = wanted.roles();
        Set<Long> teams = wanted.teamIds();
        if (staffId == me.id() && !roles.contains(Role.ADMINISTRATOR)) {
            return Result.refused("roles", "staff.colleague.error.ownAdministratorRole");
        }
        Set<Role> rolesBefore = accounts.roles(staffId);
        Set<Long> teamsBefore = accounts.teams(staffId);
        if (rolesBefore.equals(roles) && teamsBefore.equals(teams)) {
            return Result.done(staffId);
        }
        sql.update("DELETE FROM staff_role WHERE staff_id = ?", staffId);
        for (Role role : roles) {
            sql.update("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", staffId, role);
        }
        sql.update("DELETE FROM staff_team WHERE staff_id = ?", staffId);
        for (Long team : teams) {
            sql.update("INSERT INTO staff_team (staff_id, team_id) VALUES (?, ?)", staffId, team);
        }
        audit.staff(me.id(), "CHANGE_STAFF_ROLES", Subject.STAFF, staffId,
                "roles " + new TreeSet<>(rolesBefore) + " -> " + new TreeSet<>(roles)
                        + ", teams " + new TreeSet<>(teamsBefore) + " -> " + new TreeSet<>(teams));
        return Result.done(staffId);
    }

    /**
     * Deactivating ends the person's sessions at once, retires any set-password link they have and returns their open
     * work items to their teams' queues, unassigned ({@link StaffDeactivated}), all in this transaction. Nobody can
     * deactivate their own account (refused against {@link #ACCOUNT}).
     */
    @Transactional
    public Result<Long> setActive(StaffMember me, long staffId, boolean active) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        if (!active && staffId == me.id()) {
            return Result.refused(ACCOUNT, "staff.accounts.error.notYourself");
        }
        if (!stillAnAdministrator(me)) {
            return Result.notFound();
        }
        Optional<StaffSummary> account = accounts.summary(staffId);
        if (account.isEmpty()) {
            return Result.notFound();
        }
        accounts.setActive(staffId, active);
        if (!active) {
            links.retireAll(staffId);
        }
        audit.staff(me.id(), active ? "REACTIVATE_STAFF" : "DEACTIVATE_STAFF", Subject.STAFF, staffId, null);
        if (!active) {
            deactivations.publishEvent(new StaffDeactivated(staffId, account.get().displayName(), me.id()));
        }
        return Result.done(staffId);
    }

    private List<Long> teamIds() {
        return sql.list("SELECT id FROM team", rs -> rs.getLong(1));
    }

    /**
     * Whether {@code me} is an administrator, and still an active one, read after locking every administrator's role
     * row (in one order), so that two administrators removing each other at the same moment are made one after the
     * other and the second is refused.
     */
    private boolean stillAnAdministrator(StaffMember me) {
        if (!me.isAdministrator()) {
            return false;
        }
        long adminId = me.id();
        List<Long> administrators = sql.list(
                "SELECT staff_id FROM staff_role WHERE role = 'ADMINISTRATOR' ORDER BY staff_id FOR UPDATE",
                rs -> rs.getLong(1));
        return administrators.contains(adminId)
                && sql.one("SELECT active FROM staff_account WHERE id = ? FOR UPDATE", rs -> rs.getBoolean(1), adminId)
                        .orElse(false);
    }
}
