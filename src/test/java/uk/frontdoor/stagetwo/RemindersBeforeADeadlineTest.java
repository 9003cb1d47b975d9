package uk.frontdoor.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.stagetwo.DeadlineReminders;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;

/** An applicant between the stages is reminded before their last day to start Stage Two, and staff see it. */
@MicronautTest(transactional = false)
class RemindersBeforeADeadlineTest extends AppTest {
    @Inject
    InvitedApplicants applicants;
    @Inject
    DeadlineReminders reminders;
    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private InvitedApplicants.Invited betweenTheStages(String name) {
        var person = applicants.invite(uniqueEmail(name));
        // Stage One ended on Sunday 10 January 2027: the last day to start Stage Two is 10 July 2027
        sql.update("UPDATE adopter_journey SET state = 'STAGE_ONE_COMPLETE', state_since = ? WHERE id = ?",
                LocalDateTime.of(2027, 1, 10, 12, 0), person.journey().id());
        return person;
    }

    private void runJobTwice() {
        reminders.due().forEach(reminders::remind);
        reminders.due().forEach(reminders::remind);
    }

    private List<String> remindersTo(String email) {
        return Mailbox.to(email).stream().map(m -> {
            try {
                return m.getSubject() + " | " + m.getContent();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(s -> s.startsWith("A date in your adoption journey")).toList();
    }

    @Test
    void four_weeks_and_one_week_before_the_last_day_once_each_and_none_after_the_person_has_acted() throws Exception {
        var waiting = betweenTheStages("waiting");
        var started = betweenTheStages("started");

        clock.set(Instant.parse("2027-06-11T09:00:00Z"));
        runJobTwice();
        clock.set(Instant.parse("2027-06-12T09:00:00Z")); // four weeks before
        runJobTwice();
        Mailbox.await(waiting.email(), 2, Duration.ofSeconds(20)); // the invitation, then the reminder
        sql.update("UPDATE adopter_journey SET state = 'STAGE_TWO' WHERE id = ?", started.journey().id());
        clock.set(Instant.parse("2027-07-03T09:00:00Z")); // one week before
        runJobTwice();
        Mailbox.await(waiting.email(), 3, Duration.ofSeconds(20));
        Thread.sleep(2000);

        List<String> sent = remindersTo(waiting.email());
        assertEquals(2, sent.size(), sent.toString());
        assertTrue(sent.get(0).contains("coming up on Saturday 10 July 2027"), sent.get(0));
        assertTrue(sent.get(0).contains("/sign-in"), "a link, and nothing about the person");
        assertEquals(1, remindersTo(started.email()).size(), "the four-week one only: they started Stage Two after it");

        var page = staff.signIn(client(), staff.person("Sol Staff", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")))
                .get("/staff/journeys/" + waiting.journey().id());
        assertEquals(List.of("Last day to start Stage Two, 1 week before", "Last day to start Stage Two, 4 weeks before"),
                page.html().select("#reminders tbody td:nth-child(2)").eachText());
        assertFalse(page.html().select("#reminders").text().isEmpty());
    }
}
