package uk.frontdoor.core.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from FRONTDOOR_ADMIN_EMAIL and FRONTDOOR_ADMIN_PASSWORD when no
 * administrator exists. Never changes an existing account: the variables cannot be used to take one over. The
 * operator chooses this password, so it must pass the same {@link PasswordRules} as everyone's (ADR 0030).
 */
@Singleton
class FirstAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String NAME = "Administrator";
    /** For the operator reading the log (the staff pages say it in the bundle's words). */
    private static final Map<PasswordProblem, String> WHY = Map.of(
            PasswordProblem.TOO_SHORT, "it must be at least " + PasswordRules.MIN_LENGTH + " characters",
            PasswordProblem.TOO_LONG, "it must be at most " + PasswordRules.MAX_LENGTH + " characters",
            PasswordProblem.CONTAINS_NAME, "it must not contain the email address or its parts",
            PasswordProblem.COMMON, "it is, or is close to, a commonly used password",
            PasswordProblem.KEYBOARD_PATTERN, "it is a keyboard pattern",
            PasswordProblem.REPEATS_OR_SEQUENCE, "it is made of repeats or sequences",
            PasswordProblem.DATES, "it relies on dates or years",
            PasswordProblem.EASY_TO_GUESS, "it is too easy to guess (3 or more random words make a strong one)");
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
        Optional<String> refusal = refusal(email, password);
        if (refusal.isPresent()) {
            LOG.error("{}; no administrator was created.", refusal.get());
            return;
        }
        EmailAddress address = EmailAddress.canonical(email).orElseThrow();
        if (accounts.emailTaken(address)) {
            LOG.warn("{} already has a staff account; it was not made an administrator.", address);
            return;
        }
        try {
            accounts.create(address, NAME, password, Set.of(Role.ADMINISTRATOR), Set.of());
            LOG.info("Created the first administrator, {}", address);
        } catch (RuntimeException raced) {
            LOG.info("Another node created the first administrator first");
        }
    }

    /** Why the variables cannot make the first administrator, for the operator's log; empty when they can. */
    static Optional<String> refusal(String email, String password) {
        EmailAddress.Reading reading = EmailAddress.read(email);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            return Optional.of("FRONTDOOR_ADMIN_EMAIL is not an email address we accept (" + invalid.problem() + ")");
        }
        EmailAddress address = ((EmailAddress.Reading.Valid) reading).address();
        return PasswordRules.check(password, NAME, address.value())
                .map(problem -> "FRONTDOOR_ADMIN_PASSWORD is refused (" + problem + "): " + WHY.get(problem));
    }
}
