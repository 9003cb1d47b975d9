package uk.frontdoor.core.retention;

import java.time.LocalDateTime;

/** How long a kind of record is kept after its use ends: a whole number of days, months or years. */
public record RetentionPeriod(int amount, Unit unit) {
    /** The shortest and longest periods the schedule takes (a day, and a hundred years). */
    public static final int LEAST = 1;
    public static final int MOST = 1200;

    public enum Unit { DAYS, MONTHS, YEARS }

    public RetentionPeriod {
        if (amount < LEAST || amount > MOST || unit == null) {
            throw new IllegalArgumentException("Not a retention period: " + amount + " " + unit);
        }
    }

    /** Records whose use ended before this moment have been kept for the whole period by {@code now}. */
    public LocalDateTime cutoff(LocalDateTime now) {
        return switch (unit) {
            case DAYS -> now.minusDays(amount);
            case MONTHS -> now.minusMonths(amount);
            case YEARS -> now.minusYears(amount);
        };
    }
}
