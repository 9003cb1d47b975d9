package uk.frontdoor.core.training;

/** Published (a Micronaut application event) when staff have marked a person as attending every session of a course. */
public record TrainingCompleted(long journeyId) {
}
