package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.testing.WebClient;

/**
 * A person asking for adoption support over HTTP: their own cookies, unique name, email and child's name,
 * and valid answers for every page (an adoptive parent asking for therapeutic support) unless a test
 * gives others.
 */
final class SupportRequester {
    final WebClient client;
    final String fullName;
    final String email;
    final String childName;
    private final Map<SupportStep, Map<String, Object>> answers = new LinkedHashMap<>();

    SupportRequester(WebClient client) {
        this.client = client;
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.fullName = "Sam Supportparent " + id;
        this.email = "support-" + id + "@example.org";
        this.childName = "Kit" + id;
        answers.put(SupportStep.WHO_IS_ASKING, Map.of("requester", "adoptive-parent"));
        answers.put(SupportStep.CONTACT_DETAILS, Map.of("fullName", fullName, "email", email, "phone", "020 7946 0999"));
        answers.put(SupportStep.CONTACTING_YOU_SAFELY, Map.of("safeToLeaveMessage", "yes", "safeToSendPost", "no"));
        answers.put(SupportStep.ABOUT_THE_CHILD, date("bornOn", "3", "4", "2015",
                date("placedOn", "1", "9", "2017", date("adoptionOrderOn", "20", "6", "2018",
                        Map.of("childFirstName", childName)))));
        answers.put(SupportStep.COUNCILS, Map.of("placingCouncil", "lambeth", "livesIn", "merton"));
        answers.put(SupportStep.HELP, Map.of("help", List.of("therapeutic")));
        answers.put(SupportStep.HOW_URGENT, Map.of("urgency", "soon"));
        answers.put(SupportStep.SUPPORT_BEFORE, Map.of("supportBefore", "Post-adoption support from the school"));
    }

    static Map<String, Object> date(String name, String day, String month, String year, Map<String, Object> more) {
        Map<String, Object> fields = new LinkedHashMap<>(more);
        fields.put(name + "-day", day);
        fields.put(name + "-month", month);
        fields.put(name + "-year", year);
        return fields;
    }

    static String path(SupportStep step) {
        return "/support/" + step.slug();
    }

    SupportRequester answering(SupportStep step, Map<String, Object> fields) {
        answers.put(step, fields);
        return this;
    }

    Map<String, Object> answersFor(SupportStep step) {
        return answers.get(step);
    }

    WebClient.Page starts() {
        assertEquals(200, client.get("/support").status());
        WebClient.Page next = client.post("/support", Map.of());
        assertEquals(303, next.status(), "Start now redirects to the first question");
        return client.open(next.location());
    }

    WebClient.Page answers(SupportStep step, Map<String, ?> fields) {
        client.get(path(step));
        return client.post(path(step), fields);
    }

    WebClient.Page answers(SupportStep step) {
        return answers(step, answers.get(step));
    }

    SupportRequester hasAnsweredUpTo(SupportStep step) {
        starts();
        for (SupportStep s : SupportStep.values()) {
            if (s == step) {
                break;
            }
            WebClient.Page answered = answers(s);
            assertEquals(303, answered.status(), "answering " + s + ": " + answered.errorSummary());
        }
        return this;
    }

    SupportRequester hasAnsweredEverything() {
        starts();
        for (SupportStep s : SupportStep.values()) {
            WebClient.Page answered = answers(s);
            assertEquals(303, answered.status(), "answering " + s + ": " + answered.errorSummary());
        }
        return this;
    }

    /** Agrees and sends from check your answers; returns the reference on the confirmation page. */
    String sendsAndReadsReference() {
        assertEquals(200, client.get("/support/check-answers").status());
        WebClient.Page confirmation = client.submit("/support/check-answers", Map.of("consent", "yes"));
        assertEquals(200, confirmation.status());
        return confirmation.html().selectFirst(".app-reference").text();
    }
}
