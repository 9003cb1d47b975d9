package uk.frontdoor.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.core.support.fund.FundApplication;
import uk.frontdoor.core.support.fund.FundApplicationEntry;
import uk.frontdoor.core.support.fund.FundApplications;
import uk.frontdoor.core.support.fund.FundDecision;
import uk.frontdoor.core.training.CoursePlan;
import uk.frontdoor.core.training.CourseRequest;
import uk.frontdoor.core.training.SessionPlan;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.core.training.TrainingStage;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.stagetwo.StageTwoPeople;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * The people of the authorization matrix, each signed in as they would be (staff with a password, the public
 * by email link) in a browser of their own, and the named records the matrix's paths point at ({se-enquiry-item},
 * {sw-registration}, …). Made once per application context; a {new-…} record is made afresh for every request, so
 * that a change one person makes (a claim) cannot decide what the next person sees.
 */
@Singleton
public class Identities {
    /**
     * The portal's settings for every test that walks the matrix: staff single sign-on on, with a real provider in the
     * test JVM, so that its routes are walked as they behave when an agency uses it (off, they only answer 404:
     * {@code WithoutSingleSignOnTest}).
     */
    public static java.util.Map<String, String> settings(java.util.Map<String, String> base) {
        java.util.Map<String, String> settings = new java.util.HashMap<>(base);
        settings.putAll(uk.frontdoor.testing.IdentityProvider.settings());
        return settings;
    }

    /** The matrix's columns, in order. */
    public static final List<String> NAMES = List.of("anon", "A", "B", "requester", "se-officer", "sw-officer",
            "support", "social", "manager", "admin", "dpo", "deactivated", "unenrolled",
            "performance");

    private final Sql sql;
    private final WorkQueue queue;
    private final RegionDirectory region;
    private final StaffFixture staff;
    private final InvitedApplicants applicants;
    private final Journeys journeys;
    private final Registrations registrations;
    private final ApplicantAccounts accounts;
    private final StageOne stageOne;
    private final StageTwo stageTwo;
    private final StageTwoPeople stageTwoPeople;
    private final EventFixture events;
    private final EventBookings bookings;
    private final Training training;
    private final FundApplications fund;
    private final java.time.Clock clock;
    private final uk.frontdoor.core.staff.StaffAccounts staffAccounts;
    private final uk.frontdoor.core.subjectaccess.PersonKeys personKeys;

    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> fresh = new LinkedHashMap<>();
    private final Map<String, StaffFixture.Person> people = new LinkedHashMap<>();
    private final Map<String, String> applicantEmails = new LinkedHashMap<>();
    private boolean made;

    public Identities(Sql sql, WorkQueue queue, RegionDirectory region, StaffFixture staff,
                      InvitedApplicants applicants, Journeys journeys, Registrations registrations,
                      ApplicantAccounts accounts, StageOne stageOne, StageTwo stageTwo, StageTwoPeople stageTwoPeople,
                      EventFixture events, EventBookings bookings, Training training, FundApplications fund,
                      java.time.Clock clock, uk.frontdoor.core.staff.StaffAccounts staffAccounts,
                      uk.frontdoor.core.subjectaccess.PersonKeys personKeys) {
        this.staffAccounts = staffAccounts;
        this.personKeys = personKeys;
        this.accounts = accounts;
        this.stageOne = stageOne;
        this.stageTwo = stageTwo;
        this.stageTwoPeople = stageTwoPeople;
        this.events = events;
        this.bookings = bookings;
        this.training = training;
        this.fund = fund;
        this.clock = clock;
        this.sql = sql;
        this.queue = queue;
        this.region = region;
        this.staff = staff;
        this.applicants = applicants;
        this.journeys = journeys;
        this.registrations = registrations;
    }

    /** Makes the people and records (once), using the app at {@code base} for what only the web can do. */
    public synchronized Identities make(java.net.URI base) {
        if (made) {
            return this;
        }
        var se = staff.team("se-recruitment");
        var sw = staff.team("sw-recruitment");
        var seSupport = staff.team("se-support");
        people.put("se-officer", staff.person("Sol Southeast", Role.RECRUITMENT_OFFICER, se));
        people.put("sw-officer", staff.person("Wren Southwest", Role.RECRUITMENT_OFFICER, sw));
        people.put("support", staff.person("Sam Support", Role.SUPPORT_WORKER, seSupport));
        people.put("social", staff.person("Sid Social", Role.SOCIAL_WORKER, se));
        people.put("manager", staff.person("Mo Manager", Role.TEAM_MANAGER, se));
        people.put("admin", staff.person("Ada Admin", Role.ADMINISTRATOR));
        people.put("dpo", staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER)); // no team: works no queue
        // signed in, then deactivated by an administrator; and an administrator who has not set up the app they must
        people.put("deactivated", staff.person("Dee Deactivated", Role.RECRUITMENT_OFFICER, se));
        people.put("unenrolled", staff.personWithoutApp("Una Unenrolled", Role.ADMINISTRATOR));
        people.put("performance", staff.person("Pat Performance", Role.PERFORMANCE_OFFICER)); // no team, no case

        // A: invited in the South East, registration still a draft. B: invited in the South West, registration sent.
        String a = "matrix-a-" + tag() + "@example.org";
        registrations.start(applicants.invite(a).journey());
        String b = "matrix-b-" + tag() + "@example.org";
        long bRegistration = sentInSouthWest(b);
        applicantEmails.put("A", a);
        applicantEmails.put("B", b);

        var seSent = applicants.sent("matrix-se-" + tag() + "@example.org");
        fixtures.put("se-registration", String.valueOf(seSent.registrationId()));
        fixtures.put("sw-registration", String.valueOf(bRegistration));
        fixtures.put("se-registration-item", String.valueOf(itemOf("REGISTRATION", seSent.registrationId())));
        fixtures.put("se-enquiry-item", String.valueOf(staff.enquiry(se, "southwark").id()));
        fixtures.put("sw-enquiry-item", String.valueOf(staff.enquiry(sw, "merton").id()));
        long claimed = staff.enquiry(sw, "merton").id(); // a colleague claimed it first
        sql.update("UPDATE work_item SET assigned_to = ? WHERE id = ?",
                staff.person("Cleo Colleague", Role.RECRUITMENT_OFFICER, sw).id(), claimed);
        fixtures.put("claimed-sw-enquiry-item", String.valueOf(claimed));
        fixtures.put("se-recruitment-team", String.valueOf(se.id()));
        fixtures.put("sw-recruitment-team", String.valueOf(sw.id()));
        fixtures.put("se-support-team", String.valueOf(seSupport.id()));
        fixtures.put("se-spoke", String.valueOf(se.spokeId()));
        fixtures.put("se-borough", String.valueOf(region.boroughByCode("southwark").orElseThrow().id()));
        fixtures.put("unknown-id", "987654321");
        fixtures.put("enquiry-step", "where-you-live");
        fixtures.put("support-step", SupportStep.WHO_IS_ASKING.slug());
        fixtures.put("registration-section", RegistrationSection.APPLICANTS.slug());
        fixtures.put("staff-account", String.valueOf(staff.person("Tess Throwaway", Role.RECRUITMENT_OFFICER, se).id()));

        String requester = "matrix-requester-" + tag() + "@example.org";
        applicantEmails.put("requester", requester);
        SupportRequest mine = supportRequest(base, requester, "lambeth");
        SupportRequest others = supportRequest(base, "matrix-sw-" + tag() + "@example.org", "merton");
        fixtures.put("se-support-item", String.valueOf(mine.item()));
        fixtures.put("sw-support-item", String.valueOf(others.item()));
        fixtures.put("requester-request", mine.reference());
        fixtures.put("other-request", others.reference());
        // subject access: the requester's report, by a key made for each request (keys end after two hours)
        fresh.put("subject-access-key", () -> personKeys.of(EmailAddress.canonical(requester).orElseThrow()));
        fixtures.put("se-fund-application", String.valueOf(fundApplication(mine.item(), "support")));
        fixtures.put("sw-fund-application", String.valueOf(fundApplication(others.item(), "manager")));

        // journeys: South East and South West in Stage One (one check named), one in Stage Two assessed by "social"
        long seJourney = inStageOne(applicants.sent("matrix-s1-" + tag() + "@example.org").registrationId(),
                "se-recruitment");
        fixtures.put("se-journey", String.valueOf(seJourney));
        fixtures.put("se-check", String.valueOf(stageOne.checks(seJourney).get(0).id()));
        fixtures.put("sw-journey", String.valueOf(inStageOne(sentInSouthWest("matrix-s1sw-" + tag() + "@example.org"),
                "sw-recruitment")));
        long stageTwoJourney = stageTwoPeople.inStageTwo("matrix-s2-" + tag() + "@example.org").journeyId();
        if (!stageTwo.assign(stageTwoPeople.member(people.get("manager")), stageTwoJourney, people.get("social").id())
                .isDone()) {
            throw new IllegalStateException("no assessor for journey " + stageTwoJourney);
        }
        fixtures.put("s2-journey", String.valueOf(stageTwoJourney));
        fresh.put("new-se-journey", () -> String.valueOf(inStageOne(
                applicants.sent("matrix-s1-" + tag() + "@example.org").registrationId(), "se-recruitment")));

        // an information event with a booking and a waiting-list offer; preparation training with a session
        long event = events.atOffice(Times.todayUk(clock).plusDays(40).atTime(18, 0), 200).id();
        fixtures.put("event", String.valueOf(event));
        fixtures.put("booking-token", booking(event));
        // a booking someone else made: no account in the matrix may manage it from theirs
        fixtures.put("booking-reference", ((EventBookings.Outcome.Booked) bookings.book(event, new Booker("Bo Booker",
                EmailAddress.canonical("matrix-booker-" + tag() + "@example.org").orElseThrow(), 1, null, null),
                EmailAllowance.ALWAYS)).reference());
        fixtures.put("offer-token", offer());
        fixtures.put("unknown-token", "no-such-token-" + tag());
        fresh.put("new-booking-token", () -> booking(event));
        fresh.put("new-offer-token", this::offer);
        fresh.put("new-event", () -> String.valueOf(
                events.atOffice(Times.todayUk(clock).plusDays(41).atTime(18, 0), 20).id()));
        var start = Times.todayUk(clock).plusDays(50).atTime(10, 0);
        long course = ((Result.Done<Long>) training.create(stageTwoPeople.member(people.get("admin")),
                CourseRequest.of(new CoursePlan("Matrix course " + tag(), TrainingStage.STAGE_ONE, 12,
                        List.of(new SessionPlan(start, start.plusHours(6), "Southwark office, 1 Example Street",
                                null)))))).value();
        fixtures.put("course", String.valueOf(course));
        fresh.put("new-course", () -> String.valueOf(((Result.Done<Long>) training.create(
                stageTwoPeople.member(people.get("admin")), CourseRequest.of(new CoursePlan("Matrix course " + tag(),
                        TrainingStage.STAGE_ONE, 12, List.of(new SessionPlan(start, start.plusHours(6),
                                "Southwark office, 1 Example Street", null)))))).value()));
        fixtures.put("session", String.valueOf(training.sessions(course).get(0).id()));

        fresh.put("new-se-enquiry-item", () -> String.valueOf(staff.enquiry(se, "southwark").id()));
        fresh.put("new-sw-enquiry-item", () -> String.valueOf(staff.enquiry(sw, "merton").id()));
        made = true;
        return this;
    }

    /** A browser signed in as {@code who} (a new one each time), or a new anonymous browser. */
    public WebClient browser(String who, java.net.URI base) {
        WebClient browser = new WebClient(base);
        browser.get("/");
        if (who.equals("deactivated")) {
            // signed in while the account was in use; deactivating it ends that session at once
            staffAccounts.setActive(people.get(who).id(), true);
            staff.signIn(browser, people.get(who));
            staffAccounts.setActive(people.get(who).id(), false);
            return browser;
        }
        if (people.containsKey(who)) {
            return staff.signIn(browser, people.get(who));
        }
        if (applicantEmails.containsKey(who)) {
            return applicants.signIn(browser, applicantEmails.get(who));
        }
        if (!who.equals("anon")) {
            throw new IllegalArgumentException("No such identity in the matrix: " + who);
        }
        return browser;
    }

    /** The staff member behind a column such as {@code se-officer}. */
    public StaffFixture.Person person(String who) {
        return people.get(who);
    }

    /** The value of a named record such as {@code se-enquiry-item}; {@code new-…} names make a new one. */
    public String resolve(String name) {
        if (fresh.containsKey(name)) {
            return fresh.get(name).get();
        }
        String value = fixtures.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The matrix names a record the walker does not know: {" + name + "}");
        }
        return value;
    }

    /** Replaces every {name} in a matrix path with its record's value. */
    public String path(String template) {
        var m = java.util.regex.Pattern.compile("\\{([a-z0-9-]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, resolve(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Accepts a sent registration, as a recruitment officer of the team would: the journey is in Stage One. */
    private long inStageOne(long registrationId, String teamCode) {
        if (!registrations.decide(applicants.officer(teamCode), registrationId, Registrations.Decision.ACCEPT,
                "Checks and the next course", "").isDone()) {
            throw new IllegalStateException("registration " + registrationId + " not accepted");
        }
        return registrations.find(registrationId).orElseThrow().journeyId();
    }

    /** A booking made on the public pages' behalf; returns the booking's manage-link token. */
    private String booking(long eventId) {
        var booked = (EventBookings.Outcome.Booked) bookings.book(eventId,
                new Booker("Bo Booker", EmailAddress.canonical("matrix-booker-" + tag() + "@example.org").orElseThrow(), 1,
                        null, null),
                EmailAllowance.ALWAYS);
        return booked.token();
    }

    /** A place offered from a waiting list (a full event's one booking cancelled); returns the offer's token. */
    private String offer() {
        long full = events.atOffice(Times.todayUk(clock).plusDays(42).atTime(18, 0), 1).id();
        String token = booking(full);
        String waiting = "matrix-waiting-" + tag() + "@example.org";
        assertEquals(true, bookings.joinWaitingList(full, new Booker("Wai Ting", EmailAddress.canonical(waiting).orElseThrow(),
                1, null, null), EmailAllowance.ALWAYS));
        bookings.cancel(token);
        // the link is read from the email itself: the outbox keeps no link once the email is sent
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (var message : Mailbox.to(waiting)) {
                var link = java.util.regex.Pattern.compile("/events/offer/([A-Za-z0-9_-]+)").matcher(Mailbox.body(message));
                if (link.find()) {
                    return link.group(1);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No offer email reached " + waiting);
    }

    /** A support fund application on a support request's work item, added by {@code who}. */
    private long fundApplication(long itemId, String who) {
        long requestId = sql.one("SELECT subject_id FROM work_item WHERE id = ?", rs -> rs.getLong(1), itemId)
                .orElseThrow();
        var today = Times.todayUk(clock);
        var entry = FundApplicationEntry.from(new FundApplication(0, requestId, today, "Therapeutic parenting",
                "Example Therapies", 250000, FundDecision.PENDING, null, null, null, 0));
        return ((Result.Done<Long>) fund.add(stageTwoPeople.member(people.get(who)), itemId, entry)).value();
    }

    private long sentInSouthWest(String email) {
        var enquiry = Enquiries.make(sql, queue, region, email, "Bea Southwest", "merton");
        var officer = applicants.officer("sw-recruitment");
        var journey = journeys.inviteToRegister(enquiry.enquiryId(), staff.team("sw-recruitment").id(),
                JourneyActorIdentity.staff(officer));
        var draft = registrations.start(journey);
        RegistrationAnswers answers = RegistrationAnswers.empty();
        for (RegistrationSection s : RegistrationSection.values()) {
            answers = answers.with(s, InvitedApplicants.filled(s));
        }
        registrations.save(draft.id(), answers);
        var sent = (Registrations.Sending.Sent) registrations.submit(accounts.forKnownEmail(EmailAddress.canonical(email).orElseThrow()).orElseThrow());
        return sent.registrationId();
    }

    private long itemOf(String subjectType, long subjectId) {
        return sql.one("SELECT id FROM work_item WHERE subject_type = ? AND subject_id = ?", rs -> rs.getLong(1),
                subjectType, subjectId).orElseThrow();
    }

    /** A support request: its work item and the reference its requester was given. */
    private record SupportRequest(long item, String reference) {
    }

    /** A support request sent through the public pages, as its requester would. */
    private SupportRequest supportRequest(java.net.URI base, String email, String livesIn) {
        WebClient browser = new WebClient(base);
        browser.get("/support");
        assertEquals(303, browser.post("/support", Map.of()).status());
        Map<SupportStep, Map<String, Object>> answers = new LinkedHashMap<>();
        answers.put(SupportStep.WHO_IS_ASKING, Map.of("requester", "adoptive-parent"));
        answers.put(SupportStep.CONTACT_DETAILS, Map.of("fullName", "Rae Requester", "email", email,
                "phone", "020 7946 0999"));
        answers.put(SupportStep.CONTACTING_YOU_SAFELY, Map.of("safeToLeaveMessage", "yes", "safeToSendPost", "no"));
        answers.put(SupportStep.ABOUT_THE_CHILD, Map.of("bornOn-day", "3", "bornOn-month", "4", "bornOn-year", "2015",
                "childFirstName", "Kit"));
        answers.put(SupportStep.COUNCILS, Map.of("placingCouncil", livesIn, "livesIn", livesIn));
        answers.put(SupportStep.HELP, Map.of("help", List.of("therapeutic")));
        answers.put(SupportStep.HOW_URGENT, Map.of("urgency", "soon"));
        answers.put(SupportStep.SUPPORT_BEFORE, Map.of("supportBefore", "None"));
        for (SupportStep step : SupportStep.values()) {
            browser.get("/support/" + step.slug());
            var answered = browser.post("/support/" + step.slug(), answers.getOrDefault(step, Map.of()));
            assertEquals(303, answered.status(), "answering " + step + ": " + answered.errorSummary());
        }
        browser.get("/support/check-answers");
        var confirmation = browser.submit("/support/check-answers", Map.of("consent", "yes"));
        assertEquals(200, confirmation.status());
        String reference = confirmation.html().selectFirst(".app-reference").text();
        Mailbox.await(email, 1, Duration.ofSeconds(15)); // the acknowledgement, before any sign-in link is asked for
        return new SupportRequest(sql.one("SELECT id FROM work_item WHERE reference = ? AND kind = ?",
                rs -> rs.getLong(1), reference, WorkKind.SUPPORT_REQUEST).orElseThrow(), reference);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
