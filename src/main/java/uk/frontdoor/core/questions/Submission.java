package uk.frontdoor.core.questions;

/**
 * What sending a form's draft came to.
 *
 * @param <S> the form's pages
 * @param <R> what the person is told once it is sent (its reference, ...)
 */
public sealed interface Submission<S, R> {
    /** Stored and queued. */
    record Sent<S, R>(R receipt) implements Submission<S, R> { }

    /** No draft to send, because this browser has just sent it: here is what it was told then. */
    record AlreadySent<S, R>(R receipt) implements Submission<S, R> { }

    /** No draft to send and nothing sent from this browser. */
    record NothingToSend<S, R>() implements Submission<S, R> { }

    /** A page still needs an answer (or an answer is no longer valid): nothing was written. */
    record Incomplete<S, R>(S step) implements Submission<S, R> { }
}
