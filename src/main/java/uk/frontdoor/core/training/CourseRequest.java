package uk.frontdoor.core.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.calendar.TypedTime;
import uk.frontdoor.core.events.EventRequest;
import uk.frontdoor.platform.time.Times;

/**
 * A new course as staff typed it: what {@link Training#create} checks and turns into a {@link CoursePlan}. A session
 * left wholly blank is not used; times are UK time, and a "where" that starts with {@code http} is a joining link.
 * {@code stage} is null when none (or none offered) was chosen; {@code capacity} is as typed.
 */
public record CourseRequest(String title, TrainingStage stage, String capacity, List<SessionRequest> sessions) {

    /** One session's boxes, numbered from 1 as on the page. */
    public record SessionRequest(int number, TypedDate date, TypedTime start, TypedTime end, String venue) {
        boolean blank() {
            return date.isBlank() && start.isBlank() && end.isBlank() && venue.isEmpty();
        }
    }

    /** The plan, or what is wrong (the typing and the plan's rules, in page order). */
    record Checked(CoursePlan plan, List<Problem> problems) {
    }

    Checked check() {
        List<Problem> typing = new ArrayList<>();
        int cap = 1;
        if (capacity.isEmpty()) {
            typing.add(new Problem("capacity", "training.error.capacityMissing"));
        } else if (!capacity.matches("\\d{1,6}")) {
            typing.add(new Problem("capacity", "training.error.capacityInvalid"));
        } else {
            cap = Integer.parseInt(capacity);
        }
        List<SessionPlan> plans = new ArrayList<>();
        for (SessionRequest row : sessions) {
            if (row.blank()) {
                continue;
            }
            String n = "session" + row.number();
            Optional<LocalDate> date = row.date().date(EventRequest.YEARS);
            Optional<LocalTime> start = row.start().time();
            Optional<LocalTime> end = row.end().time();
            if (date.isEmpty()) {
                typing.add(new Problem(n, "training.error.dateInvalid"));
            }
            if (start.isEmpty()) {
                typing.add(new Problem(n + "Start", "training.error.timeInvalid"));
            }
            if (end.isEmpty()) {
                typing.add(new Problem(n + "End", "training.error.timeInvalid"));
            }
            if (date.isPresent() && start.isPresent() && end.isPresent()) {
                String venue = row.venue();
                boolean link = venue.startsWith("http");
                plans.add(new SessionPlan(Times.fromUk(date.get().atTime(start.get())),
                        Times.fromUk(date.get().atTime(end.get())), link ? null : venue, link ? venue : null));
            } else {
                plans.add(null);
            }
        }
        boolean sessionsRead = !plans.contains(null);
        CoursePlan plan = new CoursePlan(title, stage, cap, sessionsRead ? plans : List.of());
        List<Problem> rules = plan.problems().stream()
                .filter(p -> sessionsRead || !p.field().startsWith("session"))
                .filter(p -> !(p.field().equals("capacity") && typing.stream().anyMatch(t -> t.field().equals("capacity"))))
                .toList();
        List<String> order = new ArrayList<>(List.of("title", "stage", "capacity"));
        for (SessionRequest row : sessions) {
            String n = "session" + row.number();
            order.addAll(List.of(n, n + "Start", n + "End", n + "Venue"));
        }
        List<Problem> problems = new ArrayList<>();
        for (String field : order) {
            typing.stream().filter(p -> p.field().equals(field)).forEach(problems::add);
            rules.stream().filter(p -> p.field().equals(field)).forEach(problems::add);
        }
        return new Checked(plan, problems);
    }

    /** The request that plans {@code plan} (its sessions numbered from 1). */
    public static CourseRequest of(CoursePlan plan) {
        List<SessionRequest> rows = new ArrayList<>();
        for (SessionPlan s : plan.sessions()) {
            LocalDateTime start = Times.toUk(s.startsAt());
            rows.add(new SessionRequest(rows.size() + 1, TypedDate.of(start.toLocalDate()),
                    TypedTime.of(start.toLocalTime()), TypedTime.of(Times.toUk(s.endsAt()).toLocalTime()),
                    s.joiningLink() != null ? s.joiningLink() : s.venueAddress()));
        }
        return new CourseRequest(plan.title(), plan.stage(), String.valueOf(plan.capacity()), rows);
    }
}
