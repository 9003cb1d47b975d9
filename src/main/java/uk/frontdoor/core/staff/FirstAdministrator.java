package uk.frontdoor.core.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from FRONTDOOR_ADMIN_EMAIL and FRONTDOOR_ADMIN_PASSWORD when no
 * administrator exists. Never changes an existing account: the variables cannot be used to take one over.
 */
@Singleton
class FirstAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private final StaffAccounts accounts;
    private final String email;
    private final String password;

    FirstAdministrator(StaffAccounts accounts,
                       @Value("${frontdoor.admin.email:}") String email,
                       @Value("${frontdoor.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.anyAdministrator()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            LOG.warn("There is no administrator yet. Set FRONTDOOR_ADMIN_EMAIL and FRONTDOOR_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        if (password.length() < 12) {
            LOG.error("FRONTDOOR_ADMIN_PASSWORD must be at least 12 characters; no administrator was created.");
            return;
        }
        EmailAddress.Reading reading = EmailAddress.read(email);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            LOG.error("FRONTDOOR_ADMIN_EMAIL is not an email address we accept ({}); no administrator was created.",
                    invalid.problem());
            return;
        }
        EmailAddress address = ((EmailAddress.Reading.Valid) reading).address();
        if (accounts.emailTaken(address)) {
            LOG.warn("{} already has a staff account; it was not made an administrator.", address);
            return;
        }
        try {
            accounts.create(address, "Administrator", password, Set.of(Role.ADMINISTRATOR), Set.of());
            LOG.info("Created the first administrator, {}", address);
        } catch (RuntimeException raced) {
            LOG.info("Another node created the first administrator first");
        }
    }
}
