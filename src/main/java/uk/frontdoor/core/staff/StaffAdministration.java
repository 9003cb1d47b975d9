package uk.frontdoor.core.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.identity.EmailAddress;

/** An administrator's changes to staff accounts, each written with its audit row. */
@Singleton
public class StaffAdministration {
    /** Long enough to resist guessing with the lockout; short enough to bound the hashing work. */
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;

    private final StaffAccounts accounts;
    private final AuditLog audit;

    public StaffAdministration(StaffAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public long create(EmailAddress email, String displayName, String password, Set<Role> roles, Set<Long> teamIds,
                       long adminId) {
        long id = accounts.create(email, displayName, password, roles, teamIds);
        audit.staff(adminId, "CREATE_STAFF", "STAFF", id, "roles " + new TreeSet<>(roles) + ", teams "
                + teamIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        return id;
    }

    /** Deactivating ends the person's sessions at once. Nobody can deactivate their own account. */
    @Transactional
    public void setActive(long staffId, boolean active, long adminId) {
        if (!active && staffId == adminId) {
            throw new IllegalArgumentException("An administrator cannot deactivate their own account");
        }
        accounts.setActive(staffId, active);
        audit.staff(adminId, active ? "REACTIVATE_STAFF" : "DEACTIVATE_STAFF", "STAFF", staffId, null);
    }
}
