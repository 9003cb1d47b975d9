package uk.frontdoor.core.training;

/** A course as stored, with its places taken. */
public record Course(long id, String title, TrainingStage stage, int capacity, int placesTaken) {
    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }
}
