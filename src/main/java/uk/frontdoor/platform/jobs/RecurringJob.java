package uk.frontdoor.platform.jobs;

import java.time.Duration;

/** A job that runs again and again, once at a time across all nodes. */
public interface RecurringJob {
    String name();

    Duration every();

    void run();
}
