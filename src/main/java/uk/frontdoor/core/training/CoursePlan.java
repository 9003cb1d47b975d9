package uk.frontdoor.core.training;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Problem;

/** A preparation course as staff plan it. Session problems are reported against {@code session<N>} (from 1). */
public record CoursePlan(String title, TrainingStage stage, int capacity, List<SessionPlan> sessions) {
    public static final int MAX_CAPACITY = 500;

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "training.error.titleMissing"));
        } else if (title.length() > 200) {
            problems.add(new Problem("title", "training.error.titleTooLong"));
        }
        if (stage == null) {
            problems.add(new Problem("stage", "training.error.stageMissing"));
        }
        if (capacity < 1) {
            problems.add(new Problem("capacity", "training.error.capacityTooSmall"));
        } else if (capacity > MAX_CAPACITY) {
            problems.add(new Problem("capacity", "training.error.capacityTooBig"));
        }
        if (sessions.isEmpty()) {
            problems.add(new Problem("session1", "training.error.noSessions"));
        }
        for (int i = 0; i < sessions.size(); i++) {
            SessionPlan s = sessions.get(i);
            String field = "session" + (i + 1);
            if (!s.endsAt().isAfter(s.startsAt())) {
                problems.add(new Problem(field + "End", "training.error.endBeforeStart"));
            }
            boolean hasVenue = s.venueAddress() != null && !s.venueAddress().isBlank();
            boolean hasLink = s.joiningLink() != null && !s.joiningLink().isBlank();
            if (!hasVenue && !hasLink) {
                problems.add(new Problem(field + "Venue", "training.error.whereMissing"));
            } else if (hasLink && !s.joiningLink().trim().startsWith("https://")) {
                problems.add(new Problem(field + "Venue", "training.error.linkInvalid"));
            }
        }
        return problems;
    }
}
