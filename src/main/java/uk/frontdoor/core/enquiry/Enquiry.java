package uk.frontdoor.core.enquiry;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A submitted enquiry about adopting, as staff see it. Codes (contactMethod, interests, heardAbout...)
 * are the values of the enquiry form's options; their words are in i18n/enquiry.properties. {@code method} is how it
 * reached us and {@code recordedBy} the member of staff who keyed it in (null for the public form).
 */
public record Enquiry(
        long id,
        String reference,
        LocalDateTime submittedAt,
        long boroughId,
        String boroughName,
        String fullName,
        String email,
        String phone,
        String contactMethod,
        List<String> contactTimes,
        String applyingWith,
        String partnerName,
        List<String> interests,
        List<String> childrenConsidered,
        String childrenNotes,
        String heardAbout,
        String heardAboutOther,
        EnquiryMethod method,
        String recordedBy) {
}
