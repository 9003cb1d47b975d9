package uk.frontdoor.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * The account takeover of issue 11, tried every way we know: someone asks for a sign-in link with an address that
 * only looks like a real applicant's. Before, the database compared addresses accent- and case-insensitively, found
 * the real account, and emailed its link to the address as typed, which the mail library then turned into yet
 * another mailbox. Now, for every look-alike: the visitor is either told what is wrong with the address, or sees the
 * same page as anyone; no one is signed in to the real account; and nothing is sent through the real SMTP server to
 * any mailbox but the one stored on the real person's record.
 */
@MicronautTest(transactional = false)
class ALookAlikeAddressNeverOpensSomeoneElsesAccountTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("/sign-in/link\\?token=([A-Za-z0-9_-]+)");
    private static final String TAG = UUID.randomUUID().toString().substring(0, 6);
    /** The real applicant: the part before the @ and the domain both give look-alikes room. */
    private static final String REAL = "alice" + TAG + "@example.org";

    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    EventBookings bookings;
    @Inject
    EventFixture events;

    private String realReference;

    @BeforeAll
    void theRealApplicantHasAnEnquiry() {
        realReference = Enquiries.make(sql, queue, region, REAL, "Alice Real", "lambeth").reference();
    }

    /** Look-alikes the forms refuse outright, each with the words that tell a person what to mend. */
    static Stream<Arguments> refused() {
        String local = "alice" + TAG;
        return Stream.of(
                Arguments.of("an accented letter", "alicé" + TAG + "@example.org", "before the @"),
                Arguments.of("a fullwidth letter", "ａlice" + TAG + "@example.org", "before the @"),
                Arguments.of("a mathematical letter", "𝐚lice" + TAG + "@example.org", "before the @"),
                Arguments.of("a dotless i", "alıce" + TAG + "@example.org", "before the @"),
                Arguments.of("a Cyrillic a", "аlice" + TAG + "@example.org", "before the @"),
                Arguments.of("a Greek epsilon", "alicε" + TAG + "@example.org", "before the @"),
                Arguments.of("a zero-width space", "ali\u200Bce" + TAG + "@example.org", "hidden characters"),
                Arguments.of("a zero-width joiner in the domain", local + "@exam\u200Dple.org", "hidden characters"),
                Arguments.of("a soft hyphen", "ali\u00ADce" + TAG + "@example.org", "hidden characters"),
                Arguments.of("a trailing dot", local + "@example.org.", "full stop"));
    }

    /** Look-alikes that are real, different addresses: accepted, but they are not the real person. */
    static Stream<Arguments> otherAddresses() {
        String local = "alice" + TAG;
        return Stream.of(
                Arguments.of("a capital letter before the @", "Alice" + TAG + "@example.org"),
                Arguments.of("capitals throughout the part before the @", local.toUpperCase() + "@example.org"),
                Arguments.of("a Cyrillic a in the domain", local + "@exаmple.org"),
                Arguments.of("a Greek epsilon in the domain", local + "@εxample.org"),
                Arguments.of("a dotless i in the domain", local + "@exampıe.org"),
                Arguments.of("an accented letter in the domain", local + "@exámple.org"));
    }

    /**
     * Spellings of one address (IDNA maps these domains to the same one): the link goes only to the address stored.
     * Each is tried on a person of its own ({@code %s} is their part before the @), since a person gets at most five
     * links an hour.
     */
    static Stream<Arguments> sameAddress() {
        return Stream.of(
                Arguments.of("spaces around it", "  %s@example.org "),
                Arguments.of("capitals in the domain", "%s@EXAMPLE.ORG"),
                Arguments.of("a fullwidth domain", "%s@ｅｘａｍｐｌｅ.org"),
                Arguments.of("a mathematical domain", "%s@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.org"));
    }

    @ParameterizedTest(name = "{0} is refused with a reason")
    @MethodSource("refused")
    void a_look_alike_the_forms_refuse_sends_nothing_to_anyone(String what, String lookAlike, String reason) {
        long outboxBefore = lastOutboxId();
        WebClient stranger = client();
        stranger.get("/sign-in");
        var page = stranger.post("/sign-in", Map.of("email", lookAlike));
        assertEquals(422, page.status(), what);
        assertEquals(1, page.errorSummary().size());
        assertTrue(page.errorSummary().get(0).contains(reason), what + ": " + page.errorSummary());
        assertEquals(page.errorSummary().get(0), page.inlineError("email"));
        assertNothingSentToAnyoneBut(outboxBefore, List.of());
        assertNotSignedIn(stranger);
    }

    @ParameterizedTest(name = "{0}: another address, so no link to anyone")
    @MethodSource("otherAddresses")
    void a_look_alike_that_is_another_address_finds_no_account_and_sends_nothing(String what, String lookAlike) {
        long outboxBefore = lastOutboxId();
        WebClient stranger = client();
        stranger.get("/sign-in");
        var page = stranger.submit("/sign-in", Map.of("email", lookAlike));
        assertEquals("Check your email", page.html().selectFirst("h1").text(), "the same page as anyone gets");
        assertNothingSentToAnyoneBut(outboxBefore, List.of());
        assertNotSignedIn(stranger);
    }

    @ParameterizedTest(name = "{0}: the link goes only to the address stored")
    @MethodSource("sameAddress")
    void a_spelling_of_the_same_address_sends_the_link_only_to_the_address_stored(String what, String spelling) {
        String local = "bob" + UUID.randomUUID().toString().substring(0, 6);
        String stored = local + "@example.org";
        Enquiries.make(sql, queue, region, stored, "Bob Real", "sutton");
        long outboxBefore = lastOutboxId();
        WebClient visitor = client();
        visitor.get("/sign-in");
        visitor.submit("/sign-in", Map.of("email", spelling.formatted(local)));
        assertNothingSentToAnyoneBut(outboxBefore, List.of(stored));
        assertNotSignedIn(visitor);
    }

    @Test
    void someone_who_enquired_with_a_look_alike_address_signs_in_to_their_own_account_never_the_real_one() {
        for (String lookAlike : List.of("Alice" + TAG + "@example.org", "alice" + TAG + "@exаmple.org")) {
            String stored = EmailAddress.canonical(lookAlike).orElseThrow().value();
            String theirs = Enquiries.make(sql, queue, region, stored, "Alice Lookalike", "merton").reference();
                long outboxBefore = lastOutboxId();
            WebClient other = client();
            other.get("/sign-in");
            other.submit("/sign-in", Map.of("email", lookAlike));
            assertNothingSentToAnyoneBut(outboxBefore, List.of(stored));
            var mails = Mailbox.await(stored, 1, Duration.ofSeconds(15)).stream()
                    .filter(m -> recipientIs(m, stored)).toList();
            Matcher link = LINK.matcher(Mailbox.body(mails.get(mails.size() - 1)));
            assertTrue(link.find());
            other.get("/sign-in/link?token=" + link.group(1));
            assertEquals(200, other.open(other.post("/sign-in/link", Map.of("token", link.group(1))).location()).status(),
                "signed in, and on the page the link leads to");
            var account = other.get("/account");
            assertEquals(200, account.status());
            assertTrue(account.body().contains(theirs), lookAlike + " sees their own enquiry");
            assertFalse(account.body().contains(realReference), lookAlike + " must never see the real person's");
        }
    }

    @Test
    void a_booking_made_with_a_look_alike_address_is_not_linked_to_the_real_persons_account() {
        long accountId = sql.one("SELECT id FROM applicant_account WHERE email = ?", rs -> rs.getLong(1), REAL)
                .orElseGet(() -> signInOnceAndFindAccount());
        long eventId = events.atOffice(LocalDateTime.now().plusDays(30).withHour(18).withMinute(0), 10).id();
        var booked = bookings.book(eventId, new Booker("Alice Lookalike",
                EmailAddress.canonical("Alice" + TAG + "@example.org").orElseThrow(), 1, null, null), EmailAllowance.ALWAYS);
        assertTrue(booked instanceof EventBookings.Outcome.Booked);
        long bookingId = ((EventBookings.Outcome.Booked) booked).bookingId();
        assertEquals(0, sql.count("SELECT COUNT(*) FROM event_booking WHERE id = ? AND applicant_id = ?", bookingId,
                accountId), "a booking by Alice... is not Alice...'s");
    }

    private long signInOnceAndFindAccount() {
        WebClient real = client();
        real.get("/sign-in");
        real.submit("/sign-in", Map.of("email", REAL));
        return sql.one("SELECT id FROM applicant_account WHERE email = ?", rs -> rs.getLong(1), REAL).orElseThrow();
    }

    private long lastOutboxId() {
        return sql.one("SELECT COALESCE(MAX(id), 0) FROM outbox_email", rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Every email queued since {@code outboxBefore} is to one of {@code allowed}, byte for byte; and once the relay
     * has sent them, what the SMTP server received of them is addressed to exactly those, nothing else.
     */
    private void assertNothingSentToAnyoneBut(long outboxBefore, List<String> allowed) {
        List<String> queued = sql.list("SELECT recipient FROM outbox_email WHERE id > ? ORDER BY id",
                rs -> rs.getString(1), outboxBefore);
        assertEquals(allowed, queued, "emails queued");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while ((Mailbox.recipientsOfOutboxRowsAfter(outboxBefore).size() < allowed.size()
                || sql.count("SELECT COUNT(*) FROM outbox_email WHERE id > ? AND status <> 'SENT'", outboxBefore) > 0)
                && System.nanoTime() < deadline) {
            pause(); // the SMTP server may hold the message a moment before the relay marks its row sent
        }
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE id > ? AND status <> 'SENT'", outboxBefore),
                "every queued email was sent");
        List<List<String>> delivered = Mailbox.recipientsOfOutboxRowsAfter(outboxBefore);
        assertEquals(allowed.stream().map(List::of).toList(), delivered, "what the SMTP server received");
    }

    private void assertNotSignedIn(WebClient browser) {
        assertEquals(303, browser.get("/account").status());
        assertTrue(browser.get("/account").location().startsWith("/sign-in"));
    }

    private static boolean recipientIs(jakarta.mail.internet.MimeMessage message, String address) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address);
        } catch (Exception e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
