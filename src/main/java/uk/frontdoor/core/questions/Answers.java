package uk.frontdoor.core.questions;

import java.util.List;

/** A form's answers as its questions read them: each field's values. */
public interface Answers {
    /** The first value, or "" when there is none. */
    String get(String field);

    /** Every value (several for a checkbox question). */
    List<String> all(String field);
}
