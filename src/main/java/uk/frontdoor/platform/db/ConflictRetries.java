package uk.frontdoor.platform.db;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RetriedOnConflict} method's transaction again when the database rolled it back because of a
 * deadlock or a Galera certification conflict (MariaDB error 1213, SQLSTATE 40001): at most
 * {@code frontdoor.db.conflict-attempts} times in all (3), after a pause drawn at random between half and one and a
 * half times 25 ms, doubled at each try. Ordered outside the transaction ({@link InterceptPhase#RETRY}, before
 * {@code TRANSACTION}), so each try is a whole new transaction. Never retries anything else (a lost connection, a
 * lock wait timeout, a duplicate key: a commit may have happened, or trying again would not help), nor a method
 * joining a transaction already open.
 */
@Singleton
@InterceptorBean(RetriedOnConflict.class)
public class ConflictRetries implements MethodInterceptor<Object, Object> {
    static final int DEADLOCK = 1213;
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetries.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(25);

    private final TransactionOperations<Connection> transactions;
    private final int attempts;

    public ConflictRetries(TransactionOperations<Connection> transactions,
                           @Value("${frontdoor.db.conflict-attempts:3}") int attempts) {
        this.transactions = transactions;
        this.attempts = Math.max(1, attempts);
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed(this);
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isConflict(e)) {
                    throw e;
                }
                long pause = FIRST_PAUSE.toMillis() << (attempt - 1);
                pause = ThreadLocalRandom.current().nextLong(pause / 2, pause + pause / 2 + 1);
                String method = context.getDeclaringType().getSimpleName() + "." + context.getMethodName();
                LOG.warn("{} rolled back by a deadlock or certification conflict; retrying in {} ms (try {} of {})",
                        method, pause, attempt + 1, attempts);
                sleep(pause);
            }
        }
    }

    /** Whether {@code e} is, or was caused by, MariaDB rolling the transaction back as a deadlock (1213, 40001). */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DEADLOCK) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before trying again", e);
        }
    }
}
