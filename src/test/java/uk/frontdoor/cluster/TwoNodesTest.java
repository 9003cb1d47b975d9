package uk.frontdoor.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * Two portal nodes on one database, as behind a load balancer: a session made on one works on the other, claims
 * made at once on different nodes give one owner, and background jobs do each piece of work once.
 */
@MicronautTest(transactional = false)
class TwoNodesTest extends AppTest {
    private static final String PASSWORD = "correct horse battery staple";
    private ApplicationContext secondNode;
    private EmbeddedServer second;

    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    StaffAccounts staff;
    @Inject
    Outbox outbox;

    @BeforeAll
    void startSecondNode() {
        secondNode = ApplicationContext.run(Map.of(
                "micronaut.server.port", -1,
                "frontdoor.smtp.port", String.valueOf(Mailbox.port())), "test");
        second = secondNode.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    void stopSecondNode() {
        secondNode.close();
    }

    @Test
    void a_session_made_on_one_node_works_on_the_other() {
        String email = staffMember("roaming");
        WebClient onFirst = signIn(server, email);
        WebClient onSecond = new WebClient(second.getURI());
        copyCookies(onFirst, onSecond);
        var page = onSecond.get("/staff");
        assertEquals(200, page.status(), "signed in on node 1, recognised by node 2");
    }

    @Test
    void officers_on_different_nodes_claiming_the_same_item_at_once_give_it_exactly_one_owner() throws Exception {
        WebClient alice = signIn(server, staffMember("alice"));
        WebClient bob = signIn(second, staffMember("bob"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                var made = Enquiries.make(sql, queue, region, uniqueEmail("race"), "Race " + round, "lambeth");
                String claim = "/staff/items/" + made.workItemId() + "/claim";
                alice.get("/staff/items/" + made.workItemId());
                bob.get("/staff/items/" + made.workItemId());
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> a = pool.submit(() -> { go.await(); return alice.post(claim, Map.of()).status(); });
                Future<Integer> b = pool.submit(() -> { go.await(); return bob.post(claim, Map.of()).status(); });
                go.countDown();
                a.get();
                b.get();
                Long owner = queue.find(made.workItemId()).orElseThrow().assignedTo();
                assertTrue(owner != null, "someone owns it");
                long claims = sql.count("SELECT COUNT(*) FROM work_item_event WHERE work_item_id = ? AND event_type = 'CLAIMED'",
                        made.workItemId());
                assertEquals(1, claims, "exactly one claim succeeded in round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void with_two_nodes_relaying_the_outbox_each_email_is_sent_once() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String to = uniqueEmail("once");
            recipients.add(to);
            outbox.enqueue(to, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", "ENQ-TWO-NODES-" + i));
        }
        for (String to : recipients) {
            assertEquals(1, Mailbox.await(to, 1, Duration.ofSeconds(20)).size(), to);
        }
        Thread.sleep(2000); // both nodes' relays run several more times
        for (String to : recipients) {
            assertEquals(1, Mailbox.to(to).size(), "sent once: " + to);
        }
    }

    private String staffMember(String who) {
        String email = uniqueEmail(who);
        long teamId = region.teams().stream().filter(t -> t.code().equals("se-recruitment")).findFirst().orElseThrow().id();
        staff.create(EmailAddress.canonical(email).orElseThrow(), who, PASSWORD, Set.of(Role.RECRUITMENT_OFFICER), Set.of(teamId));
        return email;
    }

    private static WebClient signIn(EmbeddedServer node, String email) {
        WebClient client = new WebClient(node.getURI());
        client.get("/staff/sign-in");
        var signedIn = client.post("/staff/sign-in", Map.of("email", email, "password", PASSWORD));
        assertEquals(303, signedIn.status(), "signed in");
        return client;
    }

    private static void copyCookies(WebClient from, WebClient to) {
        to.setCookie("__Host-fd_session", from.cookie("__Host-fd_session"));
        to.setCookie("__Host-fd_csrf", from.cookie("__Host-fd_csrf"));
    }
}
