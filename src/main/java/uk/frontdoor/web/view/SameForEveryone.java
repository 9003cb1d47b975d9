package uk.frontdoor.web.view;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public GET page that shows every visitor who is not signed in the same thing, and shows only what
 * {@link uk.frontdoor.core.published.PublishedVersion} versions (and the time, to the minute): {@link SharedPages}
 * renders it once per node and serves it from memory until either changes. Only for a {@code @Public} route whose
 * page has no form that carries a CSRF token.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface SameForEveryone {
}
