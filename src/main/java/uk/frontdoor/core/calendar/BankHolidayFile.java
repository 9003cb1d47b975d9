package uk.frontdoor.core.calendar;

import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The England and Wales bank holidays in a file of GOV.UK's format (www.gov.uk/bank-holidays.json): an object with a
 * division per nation, {@code "england-and-wales": {"division": ..., "events": [{"title", "date", ...}]}}. Only the
 * England and Wales division is read (the agency works there); the others are ignored. Pure: given the parsed JSON.
 */
public record BankHolidayFile(List<Holiday> holidays) {
    /** The division this agency's working days follow. */
    public static final String DIVISION = "england-and-wales";
    /** No nation has more than a dozen bank holidays a year; a file of more than a century of them is not GOV.UK's. */
    public static final int MAX_HOLIDAYS = 1500;
    public static final int MAX_TITLE = 200;

    public record Holiday(LocalDate date, String name) {
    }

    /** Why a file cannot be used, as a message code's last part. */
    public enum Problem {
        NOT_JSON, NO_ENGLAND_AND_WALES, NO_EVENTS, BAD_EVENT, TOO_MANY, SAME_DATE_TWICE;

        public String code() {
            return switch (this) {
                case NOT_JSON -> "notJson";
                case NO_ENGLAND_AND_WALES -> "noEnglandAndWales";
                case NO_EVENTS -> "noEvents";
                case BAD_EVENT -> "badEvent";
                case TOO_MANY -> "tooMany";
                case SAME_DATE_TWICE -> "sameDateTwice";
            };
        }
    }

    /** What reading a file came to: the holidays in date order, or the first problem found. */
    public sealed interface Reading {
        record Read(BankHolidayFile file) implements Reading {
        }

        record Unusable(Problem problem) implements Reading {
        }
    }

    public BankHolidayFile {
        holidays = List.copyOf(holidays);
    }

    /** Reads the England and Wales division of a parsed file (null when the bytes were not JSON at all). */
    public static Reading read(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new Reading.Unusable(Problem.NOT_JSON);
        }
        JsonNode division = root.get(DIVISION);
        if (division == null || !division.isObject()) {
            return new Reading.Unusable(Problem.NO_ENGLAND_AND_WALES);
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray() || events.size() == 0) {
            return new Reading.Unusable(Problem.NO_EVENTS);
        }
        if (events.size() > MAX_HOLIDAYS) {
            return new Reading.Unusable(Problem.TOO_MANY);
        }
        TreeMap<LocalDate, String> byDate = new TreeMap<>();
        for (JsonNode event : events.values()) {
            Optional<Holiday> holiday = holiday(event);
            if (holiday.isEmpty()) {
                return new Reading.Unusable(Problem.BAD_EVENT);
            }
            if (byDate.put(holiday.get().date(), holiday.get().name()) != null) {
                return new Reading.Unusable(Problem.SAME_DATE_TWICE);
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        byDate.forEach((date, name) -> holidays.add(new Holiday(date, name)));
        return new Reading.Read(new BankHolidayFile(holidays));
    }

    private static Optional<Holiday> holiday(JsonNode event) {
        if (!event.isObject()) {
            return Optional.empty();
        }
        JsonNode date = event.get("date");
        JsonNode title = event.get("title");
        if (date == null || !date.isString() || title == null || !title.isString()) {
            return Optional.empty();
        }
        String name = title.getStringValue().strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Holiday(LocalDate.parse(date.getStringValue()), name));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first and last dates the file speaks for: holidays between them that it does not list are no longer ones. */
    public LocalDate first() {
        return holidays.get(0).date();
    }

    public LocalDate last() {
        return holidays.get(holidays.size() - 1).date();
    }
}
