package uk.frontdoor.applicant.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** Test data: people whose enquiry led to an invitation to register, signed in as they would be. */
@Singleton
public class InvitedApplicants {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");
    private final Sql sql;
    private final WorkQueue queue;
    private final RegionDirectory region;
    private final StaffFixture staff;
    private final Journeys journeys;
    private final ApplicantAccounts accounts;
    private final Registrations registrations;

    public InvitedApplicants(Sql sql, WorkQueue queue, RegionDirectory region, StaffFixture staff, Journeys journeys,
                             ApplicantAccounts accounts, Registrations registrations) {
        this.sql = sql;
        this.queue = queue;
        this.region = region;
        this.staff = staff;
        this.journeys = journeys;
        this.accounts = accounts;
        this.registrations = registrations;
    }

    public record Invited(String email, Applicant applicant, Journey journey) {
    }

    /** Someone in Lambeth (South East) who made an enquiry and was invited to register. */
    public Invited invite(String email) {
        var enquiry = Enquiries.make(sql, queue, region, email, "Ivy Invited", "lambeth");
        long teamId = staff.team("se-recruitment").id();
        var officer = officer("se-recruitment");
        var journey = journeys.inviteToRegister(enquiry.enquiryId(), teamId, JourneyActorIdentity.staff(officer));
        return new Invited(email, accounts.forKnownEmail(EmailAddress.canonical(email).orElseThrow()).orElseThrow(), journey);
    }

    public record Sent(Invited person, long registrationId, String reference) {
    }

    /** An invited person who has completed and sent their registration. */
    public Sent sent(String email) {
        Invited person = invite(email);
        var draft = registrations.start(person.journey());
        RegistrationAnswers answers = RegistrationAnswers.empty();
        for (RegistrationSection s : RegistrationSection.values()) {
            answers = answers.with(s, filled(s));
        }
        registrations.save(draft.id(), answers);
        var sent = (Registrations.Sending.Sent) registrations.submit(person.applicant());
        return new Sent(person, sent.registrationId(), sent.reference());
    }

    /** Someone who made an enquiry but has not been invited. */
    public Applicant enquirer(String email) {
        Enquiries.make(sql, queue, region, email, "Nia Notyet", "lambeth");
        return accounts.forKnownEmail(EmailAddress.canonical(email).orElseThrow()).orElseThrow();
    }

    public StaffMember officer(String teamCode) {
        var person = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team(teamCode));
        return new StaffMember(person.id(), person.email(), person.name(), Set.of(Role.RECRUITMENT_OFFICER),
                Set.of(staff.team(teamCode).id()));
    }

    /** Signs the person in with the link emailed to them, as they would. */
    public WebClient signIn(WebClient browser, String email) {
        int before = Mailbox.to(email).size();
        browser.get("/sign-in");
        browser.submit("/sign-in", Map.of("email", email));
        String link = awaitLink(email, before);
        browser.get(link);
        assertEquals(200, browser.open(browser.post("/sign-in/link", Map.of("token", link.substring(link.indexOf("token=") + 6))).location()).status(),
                "signed in, and on the page the link leads to");
        return browser;
    }

    /** The sign-in link in the first email after the first {@code before} that has one (other emails arrive too). */
    public static String awaitLink(String email, int before) {
        for (int n = before + 1; ; n++) {
            var mails = Mailbox.await(email, n, Duration.ofSeconds(15));
            for (var mail : mails.subList(before, mails.size())) {
                Matcher found = LINK.matcher(Mailbox.body(mail));
                if (found.find()) {
                    return found.group(1);
                }
            }
        }
    }

    /** Answers that complete each section. */
    public static Map<String, String> filled(RegistrationSection section) {
        Map<String, String> v = new LinkedHashMap<>();
        switch (section) {
            case APPLICANTS -> v.putAll(Map.of("applicant1-name", "Ivy Invited", "applicant1-dateOfBirth", "27 3 1985",
                    "applicant1-email", "ivy@example.org", "applicant1-phone", "020 7946 0000"));
            case HOUSEHOLD -> v.putAll(Map.of("adult1-name", "Gus Gran", "adult1-dateOfBirth", "1 1 1950",
                    "adult1-relationship", "Father"));
            case ADDRESSES -> v.putAll(Map.of("address1-address", "1 High Street, London", "address1-from", "1 1 2015"));
            case PREVIOUS_PARTNERS, EMPLOYER -> {
            }
            case HEALTH -> v.putAll(Map.of("healthCondition-answer", "no", "healthMental-answer", "no",
                    "healthTreatment-answer", "yes", "healthTreatment-details", "Inhaler for asthma"));
            case REFEREES -> {
                for (int n = 1; n <= 3; n++) {
                    v.put("referee" + n + "-name", "Referee " + n);
                    v.put("referee" + n + "-email", "referee" + n + "@example.org");
                    v.put("referee" + n + "-relationship", "Friend from work");
                    v.put("referee" + n + "-relative", n == 1 ? "yes" : "no");
                }
            }
            case CONSENT -> v.putAll(Map.of("consent-checks", "yes", "consent-declaration", "yes"));
        }
        return v;
    }

    /** Types this section's {@link #filled} answers into the section's page in a browser (dates in three boxes). */
    public static void typeInto(com.microsoft.playwright.Page page, RegistrationSection section) {
        for (Map.Entry<String, String> answer : filled(section).entrySet()) {
            String id = answer.getKey();
            String value = answer.getValue();
            var box = page.locator("#" + id);
            String type = box.getAttribute("type");
            if ("radio".equals(type)) {
                page.locator(value.equals("no") ? "#" + id + "-no" : "#" + id).check();
            } else if ("checkbox".equals(type)) {
                box.check();
            } else if (page.locator("#" + id + "-month").count() > 0) { // a date: day, month and year boxes
                String[] parts = value.split(" ");
                box.fill(parts[0]);
                page.locator("#" + id + "-month").fill(parts[1]);
                page.locator("#" + id + "-year").fill(parts[2]);
            } else {
                box.fill(value);
            }
        }
    }
}
