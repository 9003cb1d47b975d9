package uk.frontdoor.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counters of what operators alert on, named as Prometheus shows them (docs/operations.md): the services that see
 * these events call them, with a label from a short fixed list, never anything about a person.
 */
@Singleton
public class Counts {
    private final MeterRegistry registry;

    /** The kinds of sign-in failure, each counted from 0 at start so an alert sees a series before the first one. */
    public static final java.util.List<String> SIGN_IN_FAILURES = java.util.List.of("staff-password",
            "staff-second-factor", "applicant-link");

    public Counts(MeterRegistry registry) {
        this.registry = registry;
        SIGN_IN_FAILURES.forEach(kind -> registry.counter("frontdoor.sign.in.failures", "kind", kind));
        registry.counter("frontdoor.retention.runs");
    }

    /** {@code frontdoor_sign_in_failures_total{kind}}: a wrong password or code, or a sign-in link refused. */
    public void signInFailed(String kind) {
        registry.counter("frontdoor.sign.in.failures", "kind", kind).increment();
    }

    /** {@code frontdoor_rate_limit_refusals_total{limit}}: a hit over a rate limit. */
    public void rateLimitRefused(String limit) {
        registry.counter("frontdoor.rate.limit.refusals", "limit", limit).increment();
    }

    /** {@code frontdoor_retention_runs_total} and {@code frontdoor_retention_records_total{kind}}. */
    public void retentionRan(java.util.Map<String, Long> recordsByKind) {
        registry.counter("frontdoor.retention.runs").increment();
        recordsByKind.forEach((kind, n) -> registry.counter("frontdoor.retention.records", "kind", kind).increment(n));
    }
}
