package uk.frontdoor.core.support;

import java.util.Arrays;
import java.util.Optional;

/**
 * How urgent a support request is, as the person says. A child at risk of harm now is not a queue item:
 * the person is shown who to call instead of continuing.
 */
public enum Urgency {
    AT_RISK_NOW("at-risk-now"),
    URGENT("urgent"),
    SOON("soon"),
    NOT_URGENT("not-urgent");

    private final String code;

    Urgency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Urgency> byCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }

    /** True when the answer means a child may be in danger now: call 999 or children's services. */
    public boolean isDangerNow() {
        return this == AT_RISK_NOW;
    }

    /**
     * The working days within which the person hears from the support team: the urgent target for an
     * urgent request, the usual one otherwise (never longer than the usual one).
     */
    public int firstResponseWorkingDays(int usualDays, int urgentDays) {
        if (this == AT_RISK_NOW) {
            throw new IllegalStateException("A child at risk now is for children's services or the police, not a queue");
        }
        return this == URGENT ? Math.min(usualDays, urgentDays) : usualDays;
    }
}
