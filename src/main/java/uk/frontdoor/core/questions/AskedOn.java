package uk.frontdoor.core.questions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What a form's rules are checked against besides the answers: the region's borough codes (the options of a borough
 * question) and today (no date in the future).
 */
public record AskedOn(Collection<String> boroughCodes, LocalDate today) {
    public AskedOn {
        boroughCodes = List.copyOf(boroughCodes);
    }
}
