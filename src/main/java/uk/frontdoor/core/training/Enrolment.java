package uk.frontdoor.core.training;

/** A person enrolled on a course (for staff: the register), with their email as the name staff know them by. */
public record Enrolment(long id, long courseId, long applicantId, long journeyId, String email) {
}
