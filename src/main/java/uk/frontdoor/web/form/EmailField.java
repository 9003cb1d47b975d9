package uk.frontdoor.web.form;

import java.util.Optional;
import uk.frontdoor.core.identity.EmailAddress;

/** An email address field of a form: its canonical address, or what is wrong with it added to the form's errors. */
public final class EmailField {
    private EmailField() {
    }

    /**
     * @param keyPrefix where the form's own words for this field start, e.g. {@code signIn.email}: it words
     *                  {@code .required}, {@code .tooLong} and {@code .format}; the other problems are worded alike
     *                  on every form
     */
    public static Optional<EmailAddress> read(String typed, String field, String keyPrefix, FormErrors errors) {
        EmailAddress.Reading reading = EmailAddress.read(typed);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            errors.add(field, invalid.problem().messageKey(keyPrefix));
            return Optional.empty();
        }
        return Optional.of(((EmailAddress.Reading.Valid) reading).address());
    }
}
