package uk.frontdoor.staff.workitem;

import java.util.Optional;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/**
 * The triage outcome form: which outcome, and what that outcome needs said (the agency signposted to, the
 * reason for no further action, the other enquiry's reference). Checks what can be checked without the
 * database; the controller checks that the other enquiry exists.
 */
record OutcomeForm(Optional<TriageOutcome> outcome, String agency, String reason, String otherReference,
                   String rerouteTeam, int version) {
    static final int MAX_AGENCY = 200;
    static final int MAX_REASON = 1000;

    static OutcomeForm read(FormData form) {
        return new OutcomeForm(outcome(form.get("outcome")), form.get("agency"), form.get("reason"),
                ReferenceNumbers.normalise(form.get("otherReference")), form.get("rerouteTeam"),
                ItemForms.version(form));
    }

    private static Optional<TriageOutcome> outcome(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(TriageOutcome.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Adds the problems with this form to {@code errors}; {@code ownReference} is the item's own. */
    FormErrors check(String ownReference, FormErrors errors) {
        if (outcome.isEmpty()) {
            return errors.add("outcome", "staff.outcome.error.missing");
        }
        switch (outcome.get().needs()) {
            case AGENCY_NAME -> {
                if (agency.isEmpty()) {
                    errors.add("agency", "staff.outcome.error.agencyMissing");
                } else if (agency.length() > MAX_AGENCY) {
                    errors.add("agency", "staff.outcome.error.agencyTooLong");
                }
            }
            case REASON -> {
                if (reason.isEmpty()) {
                    errors.add("reason", "staff.outcome.error.reasonMissing");
                } else if (reason.length() > MAX_REASON) {
                    errors.add("reason", "staff.outcome.error.reasonTooLong");
                }
            }
            case OTHER_ENQUIRY -> {
                if (otherReference.isEmpty()) {
                    errors.add("otherReference", "staff.outcome.error.referenceMissing");
                } else if (!ReferenceNumbers.isValid(otherReference)) {
                    errors.add("otherReference", "staff.outcome.error.referenceInvalid");
                } else if (otherReference.equals(ReferenceNumbers.normalise(ownReference))) {
                    errors.add("otherReference", "staff.outcome.error.referenceOwn");
                }
            }
            case OTHER_SPOKE, NOTHING -> { }
        }
        return errors;
    }

    /** What the history and audit log record beside the outcome. */
    String detail() {
        return switch (outcome.orElseThrow().needs()) {
            case AGENCY_NAME -> agency;
            case REASON -> reason;
            case OTHER_ENQUIRY -> otherReference;
            case OTHER_SPOKE, NOTHING -> null;
        };
    }

    ItemAnswers answers() {
        return new ItemAnswers("", "", "", outcome.map(Enum::name).orElse(""), agency, reason, otherReference,
                rerouteTeam);
    }
}
