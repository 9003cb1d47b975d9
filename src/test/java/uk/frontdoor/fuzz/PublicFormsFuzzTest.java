package uk.frontdoor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.events.EventPlan;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Fuzzing every public form's binding and validation: each try is one generated submission (see {@link NastyInput})
 * to one of the form's pages, checked by {@link FormFuzzer}. A short run with a fixed seed (and the kept corpus) is
 * part of every build; {@code -Dfuzz.tries=10000} runs 10,000 per form, {@code -Dfuzz.seed=…} another sequence
 * (bench/README.md, "Fuzzing"). Each form's figures go to target/fuzz-summary.txt.
 */
@MicronautTest(transactional = false)
class PublicFormsFuzzTest extends AppTest {
    private static final int TRIES = Integer.getInteger("fuzz.tries", 120);
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);

    @Inject
    InvitedApplicants applicants;
    @Inject
    EventFixture events;

    @Test
    void the_enquiry_pages_survive_whatever_is_typed_into_them() {
        Map<String, Map<String, ?>> valid = new LinkedHashMap<>();
        valid.put("/enquiry/where-you-live", Map.of("borough", "lambeth"));
        valid.put("/enquiry/your-name", Map.of("fullName", "Fay Fuzz"));
        valid.put("/enquiry/contact-details", Map.of("email", "fuzz@example.org", "phone", "020 7946 0000"));
        valid.put("/enquiry/how-to-contact", Map.of("contactMethod", "phone", "contactTimes", List.of("weekends")));
        valid.put("/enquiry/household", Map.of("applyingWith", "alone"));
        valid.put("/enquiry/interests", Map.of("interests", List.of("adopting-a-child")));
        valid.put("/enquiry/children", Map.of("childrenConsidered", List.of("brothers-and-sisters")));
        valid.put("/enquiry/how-you-heard", Map.of("heardAbout", "information-event"));
        valid.put("/enquiry/equality", Map.of("ethnicity", "prefer-not-to-say", "disability", "no"));
        fuzz(client(), new FormFuzzer.Form("enquiry", "/enquiry",
                pages("/enquiry/", Arrays.stream(EnquiryStep.values()).map(EnquiryStep::slug), "check-answers"), valid),
                TRIES);
    }

    @Test
    void the_support_request_pages_survive_whatever_is_typed_into_them() {
        Map<String, Map<String, ?>> valid = new LinkedHashMap<>();
        valid.put("/support/who-is-asking", Map.of("requester", "adoptive-parent"));
        valid.put("/support/contact-details", Map.of("fullName", "Rae Requester", "email", "fuzz@example.org"));
        valid.put("/support/contacting-you-safely", Map.of("safeToLeaveMessage", "yes", "safeToSendPost", "no"));
        valid.put("/support/about-the-child", Map.of("bornOn-day", "3", "bornOn-month", "4", "bornOn-year", "2015",
                "childFirstName", "Kit"));
        valid.put("/support/councils", Map.of("placingCouncil", "lambeth", "livesIn", "lambeth"));
        valid.put("/support/help", Map.of("help", List.of("therapeutic")));
        valid.put("/support/how-urgent", Map.of("urgency", "soon"));
        valid.put("/support/support-before", Map.of("supportBefore", "None"));
        fuzz(client(), new FormFuzzer.Form("support", "/support",
                pages("/support/", Arrays.stream(SupportStep.values()).map(SupportStep::slug), "check-answers"), valid),
                TRIES);
    }

    @Test
    void asking_for_a_sign_in_link_survives_whatever_is_typed() {
        fuzz(client(), new FormFuzzer.Form("sign-in", "/sign-in", List.of("/sign-in", "/sign-in/link?token=fuzz"),
                Map.of()), TRIES);
    }

    @Test
    void booking_a_place_at_an_event_survives_whatever_is_typed() {
        // as many places as an event may have: valid tries book them, and a full event's answer is checked too
        var event = events.atOffice(LocalDateTime.of(2027, 10, 6, 18, 30), EventPlan.MAX_CAPACITY);
        String page = "/events/" + event.id() + "/book";
        fuzz(client(), new FormFuzzer.Form("event-booking", page, List.of(page), Map.of()), TRIES);
    }

    @Test
    void staff_sign_in_survives_whatever_is_typed() {
        // each try that looks like an email costs a password hash check: a fifth of the tries
        fuzz(client(), new FormFuzzer.Form("staff-sign-in", "/staff/sign-in", List.of("/staff/sign-in"), Map.of()),
                Math.max(20, TRIES / 5));
    }

    @Test
    void the_registration_of_interest_sections_survive_whatever_is_typed() {
        String email = uniqueEmail("fuzz-registration");
        applicants.invite(email);
        WebClient browser = applicants.signIn(client(), email);
        Map<String, Map<String, ?>> valid = new LinkedHashMap<>();
        for (RegistrationSection section : RegistrationSection.values()) {
            valid.put("/account/registration/" + section.slug(), InvitedApplicants.filled(section));
        }
        fuzz(browser, new FormFuzzer.Form("registration", "/account/registration",
                pages("/account/registration/", Arrays.stream(RegistrationSection.values())
                        .map(RegistrationSection::slug)), valid), TRIES);
    }

    @Test
    void a_form_of_a_few_hundred_kilobytes_is_answered_at_once() {
        // found by the fuzzer: a body of more than a few chunks waited 30 s in the access filter's body read
        WebClient browser = client();
        browser.get("/enquiry");
        browser.post("/enquiry", Map.of());
        browser.get("/enquiry/where-you-live");
        long started = System.nanoTime();
        var answer = browser.post("/enquiry/where-you-live", Map.of("borough", "x".repeat(300_000)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(422, answer.status());
        assertTrue(millis < 10_000, "answered in " + millis + " ms");
    }

    private void fuzz(WebClient browser, FormFuzzer.Form form, int tries) {
        FormFuzzer.Result result = new FormFuzzer(browser, SEED).run(form, tries);
        String line = String.format("%s: %d inputs in %d ms (%.1f ms each), seed %d, %d failures%n", result.form(),
                result.inputs(), result.millis(), result.millis() / (double) Math.max(1, result.inputs()), SEED,
                result.failures().size());
        System.out.print("Fuzz " + line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/fuzz-summary.txt"), line, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (!result.failures().isEmpty()) {
                Files.write(Path.of("target/fuzz-failures.txt"), result.failures(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of(), result.failures(), form.name() + ": what the fuzzer found");
    }

    private static List<String> pages(String prefix, Stream<String> slugs, String... more) {
        List<String> pages = new ArrayList<>(slugs.map(s -> prefix + s).toList());
        Arrays.stream(more).forEach(m -> pages.add(prefix + m));
        return pages;
    }
}
