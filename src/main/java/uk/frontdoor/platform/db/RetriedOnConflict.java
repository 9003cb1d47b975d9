package uk.frontdoor.platform.db;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole transaction of this method is run again, a few times with a short random pause, when MariaDB rolls it
 * back as a deadlock or Galera refuses it at commit as a certification conflict (both error 1213, SQLSTATE 40001;
 * {@link ConflictRetries}, ADR 55). Put it beside {@code @Transactional} on a method whose only effects are in the
 * database (rows, including {@code outbox_email} rows for emails): nothing outside the database must have happened
 * before the rollback, because a retry does it again. Called inside a transaction that is already open, it is not
 * retried: the caller's transaction was rolled back with it, and only the caller's own retry, if any, can help.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
public @interface RetriedOnConflict {
}
