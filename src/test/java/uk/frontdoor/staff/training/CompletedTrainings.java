package uk.frontdoor.staff.training;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.frontdoor.core.training.TrainingCompleted;

/** Listens, as the Stage One task list will, for people who completed their preparation training. */
@Singleton
public class CompletedTrainings {
    private final List<Long> journeys = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TrainingCompleted event) {
        journeys.add(event.journeyId());
    }

    public List<Long> journeys() {
        return journeys;
    }
}
