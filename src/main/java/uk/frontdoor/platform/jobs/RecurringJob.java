package uk.frontdoor.platform.jobs;

import java.time.Duration;

/** A job that runs again and again, once at a time across all nodes. */
public interface RecurringJob {
    String name();

    Duration every();

    void run();

    /** A job that only calls one method (a clean-up, say), for a factory to make without a class of its own. */
    static RecurringJob every(Duration period, String name, Runnable work) {
        return new RecurringJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Duration every() {
                return period;
            }

            @Override
            public void run() {
                work.run();
            }
        };
    }
}
