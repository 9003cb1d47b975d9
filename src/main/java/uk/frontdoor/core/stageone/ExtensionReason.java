package uk.frontdoor.core.stageone;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a Stage One decision date was moved, as staff choose it beside their free-text reason. The kinds are what the
 * management information counts (docs/reports.md); the free text is about a person and is never reported.
 */
public enum ExtensionReason {
    /** DBS, local authority, health or referee checks took longer than planned. */
    CHECKS_DELAYED,
    /** The applicant asked for more time. */
    APPLICANT_ASKED,
    /** Something changed in the applicant's household, health, work or home. */
    CIRCUMSTANCES_CHANGED,
    /** Waiting for a place on, or to finish, preparation training. */
    TRAINING,
    /** The agency could not finish in time (staff absence, workload). */
    AGENCY_CAPACITY,
    OTHER;

    public static Optional<ExtensionReason> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
