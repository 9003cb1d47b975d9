package uk.frontdoor.core.questions;

import java.util.Optional;
import uk.frontdoor.core.notify.EmailAllowance;

/**
 * How a form's draft is sent, and what a session that sent one is shown afterwards.
 *
 * @param <S> the form's pages
 * @param <R> what the person is told once it is sent
 */
public interface Sending<S, R extends SentForm> {
    /**
     * Sends the session's draft. The person must have agreed to the privacy notice. The acknowledgement email goes
     * only if {@code emails} allows one to the address given (what was sent is kept either way).
     */
    Submission<S, R> submit(String sessionId, boolean consented, EmailAllowance emails);

    /** The last form of this kind sent from this session, for its confirmation page. */
    Optional<R> receipt(String sessionId);
}
