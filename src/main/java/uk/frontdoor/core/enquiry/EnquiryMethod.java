package uk.frontdoor.core.enquiry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an enquiry reached the agency (source monitoring needs it). The public form records {@link #ONLINE}; a member of
 * staff who keys in an enquiry chooses one of the others. Stored by name in {@code enquiry.method}: add new ones at
 * the end. Its words are {@code enquiry.method.<code>}.
 */
public enum EnquiryMethod {
    ONLINE, PHONE, EMAIL, EVENT, IN_PERSON;

    /** The methods a member of staff may record (everything but the public form). */
    public static List<EnquiryMethod> keyedByStaff() {
        return Arrays.stream(values()).filter(m -> m != ONLINE).toList();
    }

    /** The form's value of this method. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The staff-keyed method a form's value names, if any. */
    public static Optional<EnquiryMethod> keyed(String code) {
        return keyedByStaff().stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
