package uk.frontdoor.core.region;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.staff.StaffMember;

/**
 * An administrator's change to how the public reach the agency ({@link ContactDetails}): every detail is checked,
 * and the change and its audit row are written together, or not at all.
 */
@Singleton
public class ContactAdministration {
    /** The fields of the contact details form, in page order. */
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ADDRESS = "address";
    public static final String OPENING_HOURS = "openingHours";
    public static final String DATA_PROTECTION_EMAIL = "dataProtectionEmail";

    /** Limits that fit the columns of V43 and an envelope. */
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_ADDRESS_LINES = 8;
    public static final int MAX_OPENING_HOURS = 300;

    private final RegionDirectory region;
    private final AuditLog audit;

    public ContactAdministration(RegionDirectory region, AuditLog audit) {
        this.region = region;
        this.audit = audit;
    }

    /**
     * Saves the details typed, with one audit row naming what changed, when: the phone number is a real UK one (not a
     * drama-range placeholder, {@link UkPhoneNumber}), both email addresses are addresses we accept (kept in canonical
     * form), the address has 1 to {@link #MAX_ADDRESS_LINES} lines and at most {@link #MAX_ADDRESS} characters, and the
     * opening hours are given in at most {@link #MAX_OPENING_HOURS}. Otherwise refused (nothing saved) with a problem
     * against each field that is wrong, in page order. Answers the details as now saved. Not found for someone who is
     * not an administrator (the web refuses them the whole area first).
     */
    @Transactional
    public Result<ContactDetails> set(StaffMember me, ContactDetails typed) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        UkPhoneNumber.problem(typed.phone())
                .ifPresent(p -> problems.add(new Problem(PHONE, "staff.contactDetails.phone." + p.code())));
        String email = emailAddress(typed.email(), EMAIL, problems);
        List<String> lines = typed.addressLines();
        String address = String.join("\n", lines);
        if (lines.isEmpty()) {
            problems.add(new Problem(ADDRESS, "staff.contactDetails.address.required"));
        } else if (lines.size() > MAX_ADDRESS_LINES || address.length() > MAX_ADDRESS) {
            problems.add(new Problem(ADDRESS, "staff.contactDetails.address.tooLong"));
        }
        String hours = typed.openingHours().strip();
        if (hours.isEmpty()) {
            problems.add(new Problem(OPENING_HOURS, "staff.contactDetails.openingHours.required"));
        } else if (hours.length() > MAX_OPENING_HOURS) {
            problems.add(new Problem(OPENING_HOURS, "staff.contactDetails.openingHours.tooLong"));
        }
        String dataProtection = emailAddress(typed.dataProtectionEmail(), DATA_PROTECTION_EMAIL, problems);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        ContactDetails wanted = new ContactDetails(typed.phone().strip(), email, address, hours, dataProtection);
        ContactDetails before = region.contactDetails();
        if (wanted.equals(before)) {
            return Result.done(before);
        }
        long regionId = region.regionId();
        region.setContactDetails(regionId, wanted);
        audit.staff(me.id(), "CHANGE_CONTACT_DETAILS", Subject.REGION, regionId, changes(before, wanted));
        return Result.done(wanted);
    }

    /** The canonical form of an address typed in {@code field}, or null with its problem added. */
    private static String emailAddress(String typed, String field, List<Problem> problems) {
        EmailAddress.Reading reading = EmailAddress.read(typed);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            problems.add(new Problem(field, invalid.problem().messageKey("staff.contactDetails." + field)));
            return null;
        }
        return ((EmailAddress.Reading.Valid) reading).address().value();
    }

    /** What changed, for the audit row: the agency's own details, never a person's. */
    static String changes(ContactDetails before, ContactDetails after) {
        List<String> changed = new ArrayList<>();
        change(changed, PHONE, before.phone(), after.phone());
        change(changed, EMAIL, before.email(), after.email());
        change(changed, ADDRESS, before.postalAddress(), after.postalAddress());
        change(changed, OPENING_HOURS, before.openingHours(), after.openingHours());
        change(changed, DATA_PROTECTION_EMAIL, before.dataProtectionEmail(), after.dataProtectionEmail());
        return String.join("; ", changed);
    }

    private static void change(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": " + oneLine(before) + " -> " + oneLine(after));
        }
    }

    private static String oneLine(String value) {
        return value.isEmpty() ? "none" : value.replace("\n", ", ");
    }
}
