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
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.support.Enquiries;
import uk.frontdoor.support.Mailbox;
import uk.frontdoor.support.WebClient;

/**
 * The ten people of the authorization matrix, each signed in as they would be (staff with a password, the public
 * by email link) in a browser of their own, and the named records the matrix's paths point at ({se-enquiry-item},
 * {sw-registration}, …). Made once per application context; a {new-…} record is made afresh for every request, so
 * that a change one person makes (a claim) cannot decide what the next person sees.
 */
@Singleton
public class Identities {
    /** The matrix's columns, in order. */
    public static final List<String> NAMES = List.of("anon", "A", "B", "requester", "se-officer", "sw-officer",
            "support", "social", "manager", "admin");

    private final Sql sql;
    private final WorkQueue queue;
    private final RegionDirectory region;
    private final StaffFixture staff;
    private final InvitedApplicants applicants;
    private final Journeys journeys;
    private final Registrations registrations;
    private final ApplicantAccounts accounts;

    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> fresh = new LinkedHashMap<>();
    private final Map<String, StaffFixture.Person> people = new LinkedHashMap<>();
    private final Map<String, String> applicantEmails = new LinkedHashMap<>();
    private boolean made;

    public Identities(Sql sql, WorkQueue queue, RegionDirectory region, StaffFixture staff,
                      InvitedApplicants applicants, Journeys journeys, Registrations registrations,
                      ApplicantAccounts accounts) {
        this.accounts = accounts;
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
        fixtures.put("se-recruitment-team", String.valueOf(se.id()));
        fixtures.put("sw-recruitment-team", String.valueOf(sw.id()));
        fixtures.put("se-support-team", String.valueOf(seSupport.id()));
        fixtures.put("unknown-id", "987654321");
        fixtures.put("enquiry-step", "where-you-live");
        fixtures.put("support-step", SupportStep.WHO_IS_ASKING.slug());
        fixtures.put("registration-section", RegistrationSection.APPLICANTS.slug());
        fixtures.put("staff-account", String.valueOf(staff.person("Tess Throwaway", Role.RECRUITMENT_OFFICER, se).id()));

        String requester = "matrix-requester-" + tag() + "@example.org";
        applicantEmails.put("requester", requester);
        fixtures.put("se-support-item", String.valueOf(supportRequest(base, requester, "lambeth")));
        fixtures.put("sw-support-item", String.valueOf(supportRequest(base, "matrix-sw-" + tag() + "@example.org",
                "merton")));

        fresh.put("new-se-enquiry-item", () -> String.valueOf(staff.enquiry(se, "southwark").id()));
        made = true;
        return this;
    }

    /** A browser signed in as {@code who} (a new one each time), or a new anonymous browser. */
    public WebClient browser(String who, java.net.URI base) {
        WebClient browser = new WebClient(base);
        browser.get("/");
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
        var sent = (Registrations.Sending.Sent) registrations.submit(accounts.forKnownEmail(email).orElseThrow());
        return sent.registrationId();
    }

    private long itemOf(String subjectType, long subjectId) {
        return sql.one("SELECT id FROM work_item WHERE subject_type = ? AND subject_id = ?", rs -> rs.getLong(1),
                subjectType, subjectId).orElseThrow();
    }

    /** A support request sent through the public pages, as its requester would; returns its work item. */
    private long supportRequest(java.net.URI base, String email, String livesIn) {
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
        return sql.one("SELECT id FROM work_item WHERE reference = ? AND kind = ?", rs -> rs.getLong(1), reference,
                WorkKind.SUPPORT_REQUEST).orElseThrow();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
