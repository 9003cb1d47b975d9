package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.events.EventReminders;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class EventReminderTest extends AppTest {
    @Inject
    EventFixture events;
    @Inject
    EventReminders reminders;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private int runJob() {
        return (int) reminders.due().stream().filter(reminders::remind).count();
    }

    @Test
    void a_person_booked_for_a_monday_event_gets_one_reminder_on_the_thursday_before_however_often_the_job_runs()
            throws Exception {
        var event = events.atOffice(LocalDateTime.of(2029, 6, 11, 18, 0), 10); // a Monday
        String email = uniqueEmail("remind");
        WebClient client = client();
        client.get("/events/" + event.id() + "/book");
        client.post("/events/" + event.id() + "/book", BookingAnEventTest.answers(email));
        Mailbox.await(email, 1, Duration.ofSeconds(20));

        clock.set(Instant.parse("2029-06-06T12:00:00Z")); // Wednesday: too early
        runJob();
        Thread.sleep(1500);
        assertEquals(1, Mailbox.to(email).size(), "no reminder on the Wednesday");

        clock.set(Instant.parse("2029-06-07T08:00:00Z")); // Thursday, two working days before
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    go.await();
                    return runJob();
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        runJob();
        var mail = Mailbox.await(email, 2, Duration.ofSeconds(20));
        assertTrue(mail.get(1).getSubject().startsWith("Reminder: " + event.title()));
        assertTrue(BookingAnEventTest.text(mail.get(1)).contains("/events/booking/"));
        Thread.sleep(3000);
        assertEquals(2, Mailbox.to(email).size(), "exactly one reminder");
    }
}
