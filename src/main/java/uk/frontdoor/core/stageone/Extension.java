package uk.frontdoor.core.stageone;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stage's decision date moved later, with the reason, by whom and when (shown to the team manager). */
public record Extension(String stage, LocalDate previousDue, LocalDate newDue, String reason, String byName,
                        LocalDateTime at) {
}
