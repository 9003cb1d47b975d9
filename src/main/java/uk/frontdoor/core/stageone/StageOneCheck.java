package uk.frontdoor.core.stageone;

import java.time.LocalDateTime;

/**
 * One check of a journey's Stage One: what it is, whom it is about (an adult's or a referee's name, or none), its
 * status, and the staff-only note (never shown to the applicant).
 */
public record StageOneCheck(long id, long journeyId, CheckKind kind, String subject, CheckStatus status,
                            String staffNote, LocalDateTime updatedAt, String updatedBy, int version) {
}
