package uk.frontdoor.publicsite.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.testing.WebClient;

/**
 * A person making an enquiry over HTTP (no browser): their own cookies, their own unique name, email
 * address and phone number, and valid answers for every page unless a test gives others.
 */
public final class Enquirer {
    public final WebClient client;
    public final String fullName;
    public final String email;
    public final String phone;
    public final String borough;
    private final Map<EnquiryStep, Map<String, Object>> answers = new LinkedHashMap<>();

    public Enquirer(WebClient client, String borough) {
        this.client = client;
        this.borough = borough;
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.fullName = "Ada Testperson " + id;
        this.email = "enquirer-" + id + "@example.org";
        this.phone = "020 7946 " + (1000 + Math.abs(id.hashCode()) % 9000);
        answers.put(EnquiryStep.WHERE_YOU_LIVE, Map.of("borough", borough));
        answers.put(EnquiryStep.YOUR_NAME, Map.of("fullName", fullName));
        answers.put(EnquiryStep.CONTACT_DETAILS, Map.of("email", email, "phone", phone));
        answers.put(EnquiryStep.HOW_TO_CONTACT, Map.of("contactMethod", "phone",
                "contactTimes", List.of("weekday-evenings", "weekends")));
        answers.put(EnquiryStep.HOUSEHOLD, Map.of("applyingWith", "alone"));
        answers.put(EnquiryStep.INTERESTS, Map.of("interests", List.of("adopting-a-child", "early-permanence")));
        answers.put(EnquiryStep.CHILDREN, Map.of("childrenConsidered", List.of("brothers-and-sisters")));
        answers.put(EnquiryStep.HOW_YOU_HEARD, Map.of("heardAbout", "information-event"));
        answers.put(EnquiryStep.EQUALITY, Map.of("ethnicity", "prefer-not-to-say", "disability", "no"));
    }

    public static String path(EnquiryStep step) {
        return "/enquiry/" + step.slug();
    }

    /** Gives different answers for a page from now on. */
    public Enquirer answering(EnquiryStep step, Map<String, Object> fields) {
        answers.put(step, fields);
        return this;
    }

    /** Opens the start page and presses "Start now"; returns the page it lands on. */
    public WebClient.Page starts() {
        assertEquals(200, client.get("/enquiry").status());
        WebClient.Page next = client.post("/enquiry", Map.of());
        assertEquals(303, next.status(), "Start now redirects to the first question");
        return client.open(next.location());
    }

    /** Answers one page; returns the redirect (or the page with errors). */
    public WebClient.Page answers(EnquiryStep step, Map<String, ?> fields) {
        client.get(path(step));
        return client.post(path(step), fields);
    }

    public WebClient.Page answers(EnquiryStep step) {
        return answers(step, answers.get(step));
    }

    /** Starts and answers every page before {@code step}. */
    public Enquirer hasAnsweredUpTo(EnquiryStep step) {
        starts();
        for (EnquiryStep s : EnquiryStep.values()) {
            if (s == step) {
                break;
            }
            WebClient.Page answered = answers(s);
            assertEquals(303, answered.status(), "answering " + s + ": " + answered.errorSummary());
        }
        return this;
    }

    /** Starts and answers every page, ready to check and send. */
    public Enquirer hasAnsweredEverything() {
        hasAnsweredUpTo(EnquiryStep.EQUALITY);
        assertEquals(303, answers(EnquiryStep.EQUALITY).status());
        return this;
    }

    /** Ticks the agreement and presses "Send enquiry" on check your answers; returns the response. */
    public WebClient.Page sends() {
        assertEquals(200, client.get("/enquiry/check-answers").status());
        return client.post("/enquiry/check-answers", Map.of("consent", "yes"));
    }

    /** Sends, follows to the confirmation page and returns the reference shown on it. */
    public String sendsAndReadsReference() {
        WebClient.Page sent = sends();
        assertEquals(303, sent.status(), "sending redirects to the confirmation: " + sent.errorSummary());
        assertEquals("/enquiry/confirmation", sent.location());
        WebClient.Page confirmation = client.open(sent.location());
        var reference = confirmation.html().selectFirst(".govuk-panel .app-reference");
        assertNotNull(reference, "the confirmation page shows the reference (status " + confirmation.status() + ")");
        return reference.text();
    }
}
