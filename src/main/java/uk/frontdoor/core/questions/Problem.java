package uk.frontdoor.core.questions;

/** Something wrong with an answer: the field it is about and the message key that says what to do. */
public record Problem(String field, String messageKey) {
}
