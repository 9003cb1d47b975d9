package uk.frontdoor.applicant.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.stageone.CheckKind;
import uk.frontdoor.core.stageone.StageOnePlan;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The household, addresses and previous partners show the people or places given so far and one empty group;
 * "Add another" shows one more, "Remove" takes one out and moves the later ones up.
 */
@MicronautTest(transactional = false)
class AddingAnotherPersonTest extends AppTest {
    private static final String HOUSEHOLD = "/account/registration/household";

    @Inject
    InvitedApplicants invited;
    @Inject
    Registrations registrations;

    private static Map<String, String> adult(int n, String name, String day) {
        return Map.of("adult" + n + "-name", name, "adult" + n + "-dateOfBirth-day", day,
                "adult" + n + "-dateOfBirth-month", "1", "adult" + n + "-dateOfBirth-year", "1950",
                "adult" + n + "-relationship", "Relative");
    }

    private RegistrationAnswers saved(InvitedApplicants.Invited person) {
        return registrations.forJourney(person.journey().id()).orElseThrow().answers();
    }

    @Test
    void a_person_sees_one_empty_adult_and_adding_another_keeps_what_they_typed_and_shows_one_more() {
        var person = invited.invite(uniqueEmail("add-adult"));
        WebClient browser = invited.signIn(client(), person.email());
        var first = browser.get(HOUSEHOLD);
        assertNotNull(first.html().getElementById("adult1-name"));
        assertNull(first.html().getElementById("adult2-name"), "only one empty adult at first");
        assertNotNull(first.html().getElementById("child1-name"));
        assertNull(first.html().getElementById("child2-name"));
        assertEquals("Add another adult", first.html().selectFirst("button[value=add-adult]").text());

        Map<String, String> form = new HashMap<>(adult(1, "Gus Gran", "1"));
        form.putAll(Map.of("action", "add-adult", "shown-adult", "1", "shown-child", "1"));
        var added = browser.post(HOUSEHOLD, form);
        assertEquals(200, added.status());
        assertEquals("Gus Gran", added.html().getElementById("adult1-name").val());
        assertEquals("", added.html().getElementById("adult2-name").val());
        assertNull(added.html().getElementById("adult3-name"));
        assertNotNull(added.html().selectFirst("button[value=remove-adult1]"), "a filled adult can be removed");

        var back = browser.get(HOUSEHOLD);
        assertEquals("Gus Gran", back.html().getElementById("adult1-name").val(), "saved: it is there on return");
        assertNotNull(back.html().getElementById("adult2-name"));
        assertEquals("1950", back.html().getElementById("adult1-dateOfBirth-year").val());
    }

    @Test
    void a_person_with_three_other_adults_is_told_that_is_the_most_and_removing_one_moves_the_next_up() {
        var person = invited.invite(uniqueEmail("remove-adult"));
        WebClient browser = invited.signIn(client(), person.email());
        browser.get(HOUSEHOLD);
        Map<String, String> form = new HashMap<>(adult(1, "Gus Gran", "1"));
        form.putAll(adult(2, "Cara Cousin", "2"));
        form.putAll(adult(3, "Uma Uncle", "3"));
        form.put("action", "save");
        assertEquals(303, browser.post(HOUSEHOLD, form).status());

        var full = browser.get(HOUSEHOLD);
        assertNull(full.html().selectFirst("button[value=add-adult]"), "no room for a fourth adult");
        assertTrue(full.html().getElementById("adult-most").text().startsWith("You can tell us about up to 3 other adults"));

        form.put("action", "remove-adult2");
        var removed = browser.post(HOUSEHOLD, form);
        assertEquals(200, removed.status());
        assertEquals("Gus Gran", removed.html().getElementById("adult1-name").val());
        assertEquals("Uma Uncle", removed.html().getElementById("adult2-name").val());
        assertEquals("3", removed.html().getElementById("adult2-dateOfBirth").val(), "the date moved up with its person");
        assertEquals("", removed.html().getElementById("adult3-name").val(), "one empty adult again");
        assertNotNull(removed.html().selectFirst("button[value=remove-adult2]"));
        assertNull(removed.html().selectFirst("button[value=remove-adult3]"), "an empty adult has nothing to remove");

        RegistrationAnswers answers = saved(person);
        assertEquals("Uma Uncle", answers.get("adult2-name"));
        assertEquals("3 1 1950", answers.get("adult2-dateOfBirth"));
        assertEquals("", answers.get("adult3-name"), "the keys stay contiguous");
        assertEquals(List.of("Gus Gran", "Uma Uncle"), StageOnePlan.checksFor(answers).stream()
                .filter(p -> p.kind() == CheckKind.DBS).map(StageOnePlan.Planned::subject).toList(),
                "Stage One plans a DBS check for each adult still there");
    }

    @Test
    void a_date_left_unfinished_when_adding_another_is_kept_as_typed_and_asked_about_on_save() {
        var person = invited.invite(uniqueEmail("add-unfinished"));
        WebClient browser = invited.signIn(client(), person.email());
        browser.get(HOUSEHOLD);
        Map<String, String> form = new HashMap<>(adult(1, "Gus Gran", "1"));
        form.put("adult1-dateOfBirth-month", "");
        form.putAll(Map.of("action", "add-adult", "shown-adult", "1"));
        assertEquals(200, browser.post(HOUSEHOLD, form).status());

        var back = browser.get(HOUSEHOLD);
        assertEquals("1", back.html().getElementById("adult1-dateOfBirth").val());
        assertEquals("", back.html().getElementById("adult1-dateOfBirth-month").val());
        assertEquals("1950", back.html().getElementById("adult1-dateOfBirth-year").val());

        form.put("action", "save");
        var saving = browser.post(HOUSEHOLD, form);
        assertEquals(422, saving.status());
        assertEquals(List.of("Other adult 1’s date of birth must include a month"), saving.errorSummary());
        assertNotNull(saving.html().getElementById("adult2-name"), "the adult they added is still shown");
    }

    @Test
    void addresses_start_with_one_and_previous_partners_can_be_added_up_to_two() {
        var person = invited.invite(uniqueEmail("add-partner"));
        WebClient browser = invited.signIn(client(), person.email());
        var addresses = browser.get("/account/registration/addresses");
        assertNotNull(addresses.html().getElementById("address1-address"));
        assertNull(addresses.html().getElementById("address2-address"));
        assertEquals("Add another address", addresses.html().selectFirst("button[value=add-address]").text());

        browser.get("/account/registration/previous-partners");
        var two = browser.post("/account/registration/previous-partners",
                Map.of("partner1-name", "Pat Past", "action", "add-partner", "shown-partner", "1"));
        assertEquals("", two.html().getElementById("partner2-name").val());
        assertNull(two.html().selectFirst("button[value=add-partner]"));
        assertTrue(two.html().getElementById("partner-most").text().startsWith("You can tell us about up to 2 previous partners"));
    }
}
