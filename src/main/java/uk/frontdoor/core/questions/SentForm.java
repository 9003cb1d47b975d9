package uk.frontdoor.core.questions;

import java.time.LocalDate;

/** What every sent form tells the person: the id of what was stored, its reference and the day we answer by. */
public interface SentForm {
    long id();

    String reference();

    LocalDate respondBy();
}
