package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.jobs.RecurringJob;
import uk.frontdoor.testing.AppTest;

/**
 * What staff sign-in leaves behind is deleted by its jobs once it is of no use: set-password links a day after they
 * expired, sign-ons in progress a day after they started, sign-in failures an hour after the last. Nothing younger.
 */
@MicronautTest(transactional = false)
class StaffSignInCleanupTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;
    @Inject
    @Named("staff-password-link-cleanup")
    RecurringJob passwordLinks;
    @Inject
    @Named("sign-on-attempt-cleanup")
    RecurringJob signOnAttempts;
    @Inject
    @Named("sign-in-throttle-cleanup")
    RecurringJob signInFailures;

    private static String key() {
        return SecretToken.sha256(UUID.randomUUID().toString());
    }

    @Test
    void each_job_deletes_what_is_spent_and_keeps_what_may_still_be_used() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long staffId = staff.person("Sam Jones", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")).id();
        String oldLink = key();
        String liveLink = key();
        for (String[] link : new String[][] {{oldLink, "50"}, {liveLink, "-20"}}) {
            LocalDateTime expires = now.minusHours(Long.parseLong(link[1]));
            sql.update("""
                    INSERT INTO staff_password_link (token_hash, staff_id, purpose, created_at, expires_at)
                    VALUES (?, ?, 'RESET', ?, ?)""", link[0], staffId, expires.minusDays(1), expires);
        }
        String oldAttempt = key();
        String liveAttempt = key();
        for (String[] attempt : new String[][] {{oldAttempt, "25"}, {liveAttempt, "0"}}) {
            sql.update("""
                    INSERT INTO staff_sign_on_attempt (state_hash, browser_hash, nonce, code_verifier, next_page, created_at)
                    VALUES (?, ?, 'n', 'v', '/staff', ?)""", attempt[0], key(), now.minusHours(Long.parseLong(attempt[1])));
        }
        String oldFailures = key();
        String recentFailures = key();
        sql.update("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at) VALUES (?, 3, ?)",
                oldFailures, now.minusHours(2));
        sql.update("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at) VALUES (?, 3, ?)",
                recentFailures, now.minusMinutes(10));

        passwordLinks.run();
        signOnAttempts.run();
        signInFailures.run();

        assertEquals(0, sql.count("SELECT COUNT(*) FROM staff_password_link WHERE token_hash = ?", oldLink));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM staff_password_link WHERE token_hash = ?", liveLink));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM staff_sign_on_attempt WHERE state_hash = ?", oldAttempt));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM staff_sign_on_attempt WHERE state_hash = ?", liveAttempt));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?", oldFailures));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ?", recentFailures));
    }
}
