package uk.frontdoor.web.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.frontdoor.core.staff.Role;

/**
 * Only signed-in staff may use this route; with roles given, only staff holding one of them.
 * A method's annotation overrides its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {
    Role[] value() default {};
}
