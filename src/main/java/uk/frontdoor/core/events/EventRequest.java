package uk.frontdoor.core.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.calendar.TypedDate.Years;
import uk.frontdoor.core.calendar.TypedTime;
import uk.frontdoor.platform.time.Times;

/**
 * An event as staff typed it: what {@link Events#create} and {@link Events#edit} check and turn into an
 * {@link EventPlan}. Dates and times are UK time; booking opens at the start of its day and closes at the end of its
 * day, or when the event starts if that is sooner. {@code kind}, {@code spokeId} and {@code place} are null when
 * nothing (or nothing offered) was chosen; {@code capacity} is as typed.
 */
public record EventRequest(String title, EventKind kind, Long spokeId, EventPlace place, String venueAddress,
                           String joiningLink, TypedDate date, TypedTime startTime, TypedTime endTime,
                           String capacity, TypedDate bookingOpens, TypedDate bookingCloses) {
    /** The years an event's dates may be in. */
    public static final Years YEARS = Years.between(2000, 2100);

    private static final List<String> FIELD_ORDER = List.of("title", "kind", "spoke", "place", "venueAddress",
            "joiningLink", "date", "startTime", "endTime", "capacity", "bookingOpens", "bookingCloses");

    /** The plan, or what is wrong (the typing and the plan's rules, in page order). */
    record Checked(EventPlan plan, List<Problem> problems) {
    }

    Checked check(Collection<Long> spokeIds, int placesTaken) {
        Optional<LocalDate> day = date.date(YEARS);
        Optional<LocalTime> start = startTime.time();
        Optional<LocalTime> end = endTime.time();
        Optional<Long> cap = capacity.matches("\\d{1,6}") ? Optional.of(Long.parseLong(capacity)) : Optional.empty();
        Optional<LocalDate> opens = bookingOpens.date(YEARS);
        Optional<LocalDate> closes = bookingCloses.date(YEARS);

        List<Problem> typing = new ArrayList<>();
        if (kind == null) {
            typing.add(new Problem("kind", "events.error.kindMissing"));
        }
        if (spokeId == null || !spokeIds.contains(spokeId)) {
            typing.add(new Problem("spoke", "events.error.spokeMissing"));
        }
        if (place == null) {
            typing.add(new Problem("place", "events.error.placeMissing"));
        }
        if (day.isEmpty()) {
            typing.add(new Problem("date", date.isBlank() ? "events.error.dateMissing" : "events.error.dateInvalid"));
        }
        if (start.isEmpty()) {
            typing.add(new Problem("startTime", startTime.isBlank() ? "events.error.startTimeMissing"
                    : "events.error.timeInvalid"));
        }
        if (end.isEmpty()) {
            typing.add(new Problem("endTime", endTime.isBlank() ? "events.error.endTimeMissing"
                    : "events.error.timeInvalid"));
        }
        if (cap.isEmpty()) {
            typing.add(new Problem("capacity", capacity.isEmpty() ? "events.error.capacityMissing"
                    : "events.error.capacityInvalid"));
        }
        if (opens.isEmpty()) {
            typing.add(new Problem("bookingOpens", bookingOpens.isBlank() ? "events.error.opensMissing"
                    : "events.error.dateInvalid"));
        }
        if (closes.isEmpty()) {
            typing.add(new Problem("bookingCloses", bookingCloses.isBlank() ? "events.error.closesMissing"
                    : "events.error.dateInvalid"));
        }
        LocalDateTime startsAt = day.isPresent() && start.isPresent() ? Times.fromUk(day.get().atTime(start.get())) : null;
        LocalDateTime endsAt = day.isPresent() && end.isPresent() ? Times.fromUk(day.get().atTime(end.get())) : null;
        LocalDateTime opensAt = opens.map(d -> Times.fromUk(d.atStartOfDay())).orElse(null);
        LocalDateTime closesAt = closes.map(d -> day.isPresent() && d.equals(day.get()) && startsAt != null
                ? startsAt : Times.fromUk(d.plusDays(1).atStartOfDay())).orElse(null);
        EventPlan plan = new EventPlan(title, kind, spokeId == null ? 0L : spokeId, place, venueAddress, joiningLink,
                startsAt, endsAt, cap.map(Long::intValue).orElse(1), opensAt, closesAt);
        List<Problem> rules = plan.problems(placesTaken).stream()
                .filter(p -> !(cap.isEmpty() && p.field().equals("capacity"))).toList();
        List<Problem> problems = new ArrayList<>();
        for (String field : FIELD_ORDER) {
            typing.stream().filter(p -> p.field().equals(field)).forEach(problems::add);
            rules.stream().filter(p -> p.field().equals(field)).forEach(problems::add);
        }
        return new Checked(plan, problems);
    }

    /** The request that plans {@code p} (booking closing on a day's end or at the start): a change starts from it. */
    public static EventRequest of(EventPlan p) {
        LocalDateTime start = Times.toUk(p.startsAt());
        LocalDateTime end = Times.toUk(p.endsAt());
        LocalDate opens = Times.ukDay(p.bookingOpensAt());
        LocalDateTime closesUk = Times.toUk(p.bookingClosesAt());
        LocalDate closes = closesUk.toLocalTime().equals(LocalTime.MIDNIGHT) ? closesUk.toLocalDate().minusDays(1)
                : closesUk.toLocalDate();
        return new EventRequest(p.title(), p.kind(), p.spokeId(), p.place(),
                p.venueAddress() == null ? "" : p.venueAddress(), p.joiningLink() == null ? "" : p.joiningLink(),
                TypedDate.of(start.toLocalDate()), TypedTime.of(start.toLocalTime()), TypedTime.of(end.toLocalTime()),
                String.valueOf(p.capacity()), TypedDate.of(opens), TypedDate.of(closes));
    }
}
