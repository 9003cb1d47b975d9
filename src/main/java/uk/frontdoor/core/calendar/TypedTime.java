package uk.frontdoor.core.calendar;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time of day as typed, 24-hour ({@code 14:30} or {@code 14.30}), kept as typed so a form shown again shows it. */
public record TypedTime(String typed) {
    private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$");

    public TypedTime {
        typed = typed == null ? "" : typed.strip();
    }

    public static TypedTime of(LocalTime time) {
        return new TypedTime(String.format("%02d:%02d", time.getHour(), time.getMinute()));
    }

    public boolean isBlank() {
        return typed.isEmpty();
    }

    /** The time, when what was typed is one. */
    public Optional<LocalTime> time() {
        Matcher m = TIME.matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
        return typed;
    }
}
