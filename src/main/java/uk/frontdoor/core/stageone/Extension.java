package uk.frontdoor.core.stageone;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stage's decision date moved later, with the kind of reason (null when recorded before kinds existed) and the reason
 * in words, by whom and when (shown to the team manager).
 */
public record Extension(String stage, LocalDate previousDue, LocalDate newDue, ExtensionReason kind, String reason,
                        String byName, LocalDateTime at) {
}
