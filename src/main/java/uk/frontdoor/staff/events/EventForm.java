package uk.frontdoor.staff.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.events.EventKind;
import uk.frontdoor.core.events.EventPlace;
import uk.frontdoor.core.events.EventPlan;
import uk.frontdoor.core.events.InfoEvent;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/**
 * The event form as staff typed it. Dates are GOV.UK date inputs, times 24-hour "14:30", all in UK time. Booking
 * opens at the start of its day and closes at the end of its day, or when the event starts if that is sooner.
 */
public record EventForm(String title, String kind, String spoke, String place, String venueAddress, String joiningLink,
                 String day, String month, String year, String startTime, String endTime, String capacity,
                 String opensDay, String opensMonth, String opensYear,
                 String closesDay, String closesMonth, String closesYear) {
    private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$");

    static final EventForm EMPTY = new EventForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");

    static EventForm read(FormData f) {
        return new EventForm(f.get("title"), f.get("kind"), f.get("spoke"), f.get("place"), f.get("venueAddress"),
                f.get("joiningLink"), f.get("date-day"), f.get("date-month"), f.get("date-year"), f.get("startTime"),
                f.get("endTime"), f.get("capacity"), f.get("bookingOpens-day"), f.get("bookingOpens-month"),
                f.get("bookingOpens-year"), f.get("bookingCloses-day"), f.get("bookingCloses-month"),
                f.get("bookingCloses-year"));
    }

    static EventForm of(InfoEvent event) {
        EventPlan p = event.plan();
        LocalDateTime start = Times.toUk(p.startsAt());
        LocalDateTime end = Times.toUk(p.endsAt());
        LocalDate opens = Times.toUk(p.bookingOpensAt()).toLocalDate();
        LocalDateTime closesUk = Times.toUk(p.bookingClosesAt());
        LocalDate closes = closesUk.toLocalTime().equals(LocalTime.MIDNIGHT) ? closesUk.toLocalDate().minusDays(1)
                : closesUk.toLocalDate();
        return new EventForm(p.title(), p.kind().name(), String.valueOf(p.spokeId()), p.place().name(),
                p.venueAddress() == null ? "" : p.venueAddress(), p.joiningLink() == null ? "" : p.joiningLink(),
                String.valueOf(start.getDayOfMonth()), String.valueOf(start.getMonthValue()), String.valueOf(start.getYear()),
                hhmm(start.toLocalTime()), hhmm(end.toLocalTime()), String.valueOf(p.capacity()),
                String.valueOf(opens.getDayOfMonth()), String.valueOf(opens.getMonthValue()), String.valueOf(opens.getYear()),
                String.valueOf(closes.getDayOfMonth()), String.valueOf(closes.getMonthValue()), String.valueOf(closes.getYear()));
    }

    /** The plan when every field could be read (problems with the typing go into {@code errors}), else empty. */
    Optional<EventPlan> plan(Collection<Long> spokeIds, int placesTaken, FormErrors errors) {
        Optional<EventKind> k = parse(EventKind.class, kind);
        Optional<EventPlace> p = parse(EventPlace.class, place);
        Optional<Long> s = number(spoke).filter(spokeIds::contains);
        Optional<LocalDate> date = date(day, month, year);
        Optional<LocalTime> start = time(startTime);
        Optional<LocalTime> end = time(endTime);
        Optional<Long> cap = number(capacity);
        Optional<LocalDate> opens = date(opensDay, opensMonth, opensYear);
        Optional<LocalDate> closes = date(closesDay, closesMonth, closesYear);

        FormErrors typing = new FormErrors();
        if (k.isEmpty()) {
            typing.add("kind", "events.error.kindMissing");
        }
        if (s.isEmpty()) {
            typing.add("spoke", "events.error.spokeMissing");
        }
        if (p.isEmpty()) {
            typing.add("place", "events.error.placeMissing");
        }
        if (date.isEmpty()) {
            typing.add("date", blank(day, month, year) ? "events.error.dateMissing" : "events.error.dateInvalid");
        }
        if (start.isEmpty()) {
            typing.add("startTime", startTime.isEmpty() ? "events.error.startTimeMissing" : "events.error.timeInvalid");
        }
        if (end.isEmpty()) {
            typing.add("endTime", endTime.isEmpty() ? "events.error.endTimeMissing" : "events.error.timeInvalid");
        }
        if (cap.isEmpty()) {
            typing.add("capacity", capacity.isEmpty() ? "events.error.capacityMissing" : "events.error.capacityInvalid");
        }
        if (opens.isEmpty()) {
            typing.add("bookingOpens", blank(opensDay, opensMonth, opensYear) ? "events.error.opensMissing"
                    : "events.error.dateInvalid");
        }
        if (closes.isEmpty()) {
            typing.add("bookingCloses", blank(closesDay, closesMonth, closesYear) ? "events.error.closesMissing"
                    : "events.error.dateInvalid");
        }
        LocalDateTime startsAt = date.isPresent() && start.isPresent() ? utc(date.get().atTime(start.get())) : null;
        LocalDateTime endsAt = date.isPresent() && end.isPresent() ? utc(date.get().atTime(end.get())) : null;
        LocalDateTime opensAt = opens.map(d -> utc(d.atStartOfDay())).orElse(null);
        LocalDateTime closesAt = closes.map(d -> date.isPresent() && d.equals(date.get()) && startsAt != null
                ? startsAt : utc(d.plusDays(1).atStartOfDay())).orElse(null);
        EventPlan plan = new EventPlan(title, k.orElse(null), s.orElse(0L), p.orElse(null), venueAddress, joiningLink,
                startsAt, endsAt, cap.map(Long::intValue).orElse(1), opensAt, closesAt);
        // page order: the plan's rules and the typing problems, merged by field order on the page
        FormErrors merged = new FormErrors();
        var ruleProblems = plan.problems(placesTaken);
        for (String field : FIELD_ORDER) {
            if (typing.has(field)) {
                merged.add(field, typing.get(field));
            }
            for (Problem problem : ruleProblems) {
                if (problem.field().equals(field) && !(cap.isEmpty() && field.equals("capacity"))) {
                    merged.add(field, problem.messageKey());
                }
            }
        }
        merged.summary().forEach(e -> errors.add(e.getKey(), e.getValue()));
        return errors.isEmpty() ? Optional.of(plan) : Optional.empty();
    }

    private static final String[] FIELD_ORDER = {"title", "kind", "spoke", "place", "venueAddress", "joiningLink",
        "date", "startTime", "endTime", "capacity", "bookingOpens", "bookingCloses"};

    public static LocalDateTime utc(LocalDateTime uk) {
        return uk.atZone(Times.UK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static boolean blank(String... parts) {
        for (String p : parts) {
            if (!p.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String value) {
        if (!value.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    public static Optional<LocalDate> date(String d, String m, String y) {
        if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(y);
            if (year < 2000 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalTime> time(String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
