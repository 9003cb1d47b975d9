package uk.frontdoor.core.registration;

import java.util.List;

/**
 * The rule for referees: exactly three people, and at most one of them a relative (the others must know
 * the applicants outside the family).
 */
public final class Referees {
    public static final int NEEDED = 3;
    public static final int MOST_RELATIVES = 1;

    private Referees() {
    }

    /** One referee as given: whether they are a relative. */
    public record Referee(boolean relative) {
    }

    public enum Verdict { FINE, NOT_THREE, TOO_MANY_RELATIVES }

    public static Verdict check(List<Referee> referees) {
        if (referees.size() != NEEDED) {
            return Verdict.NOT_THREE;
        }
        if (referees.stream().filter(Referee::relative).count() > MOST_RELATIVES) {
            return Verdict.TOO_MANY_RELATIVES;
        }
        return Verdict.FINE;
    }
}
