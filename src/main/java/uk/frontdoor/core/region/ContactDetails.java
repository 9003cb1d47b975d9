package uk.frontdoor.core.region;

import java.util.Arrays;
import java.util.List;

/**
 * How the public reach the agency (region data, V6 and V43): its phone number, email address, postal address (lines
 * separated by line breaks), opening hours, and its data protection officer's email address. A detail not yet set is
 * blank, never null.
 */
public record ContactDetails(String phone, String email, String postalAddress, String openingHours,
                             String dataProtectionEmail) {
    public ContactDetails {
        phone = blankIfNull(phone);
        email = blankIfNull(email);
        postalAddress = blankIfNull(postalAddress);
        openingHours = blankIfNull(openingHours);
        dataProtectionEmail = blankIfNull(dataProtectionEmail);
    }

    /** The postal address as the lines of an envelope, without blank ones. */
    public List<String> addressLines() {
        return Arrays.stream(postalAddress.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
