package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.testing.AppTest;

@MicronautTest(transactional = false)
class ClaimRaceTest extends AppTest {
    private static final int ROUNDS = 50;

    @Inject
    StaffFixture fixture;
    @Inject
    WorkQueue queue;
    @Inject
    StaffAccounts accounts;

    @Test
    void two_people_pressing_assign_to_me_at_the_same_moment_never_both_get_the_item() throws Exception {
        Team team = fixture.newSouthEastTeam();
        StaffMember sam = accounts.find(fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team).id()).orElseThrow();
        StaffMember kim = accounts.find(fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team).id()).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int samWins = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long item = fixture.enquiry(team).id();
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Result<WorkItem>>> claims = new ArrayList<>();
                for (StaffMember who : List.of(sam, kim)) {
                    claims.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return queue.claim(item, who);
                    }));
                }
                ready.await(5, TimeUnit.SECONDS);
                go.countDown();
                Result<WorkItem> first = claims.get(0).get(10, TimeUnit.SECONDS);
                Result<WorkItem> second = claims.get(1).get(10, TimeUnit.SECONDS);

                boolean samWon = first instanceof Result.Done;
                assertEquals(1, (samWon ? 1 : 0) + (second instanceof Result.Done ? 1 : 0), "round " + round + ": exactly one wins");
                assertInstanceOf(Result.Conflict.class, samWon ? second : first, "round " + round + ": the other is told");
                long winner = samWon ? sam.id() : kim.id();
                assertEquals(winner, queue.find(item).orElseThrow().assignedTo(), "round " + round);
                assertEquals(1, queue.history(item).stream().filter(e -> e.eventType().equals("CLAIMED")).count());
                samWins += samWon ? 1 : 0;
            }
            System.out.printf("Claim race: Sam won %d of %d rounds%n", samWins, ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
