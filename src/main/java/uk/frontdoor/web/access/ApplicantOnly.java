package uk.frontdoor.web.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a member of the public signed in with an email link may use this route; anyone else is sent to
 * {@code /sign-in}. Controllers must still show a signed-in person only their own records.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApplicantOnly {
}
