package uk.frontdoor.core.registration;

import java.time.LocalDateTime;

/** One person's Registration of Interest: their answers and where it stands. */
public record Registration(long id, long journeyId, long applicantId, RegistrationAnswers answers, Status status,
                           String reference, LocalDateTime submittedAt, String decisionNote) {

    public enum Status { DRAFT, SUBMITTED, ACCEPTED, DECLINED }
}
