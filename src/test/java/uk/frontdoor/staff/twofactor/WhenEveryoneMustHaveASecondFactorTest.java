package uk.frontdoor.staff.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** FRONTDOOR_TWO_FACTOR_FOR_EVERYONE: an agency can ask a second factor of every member of staff, not only managers. */
@MicronautTest(transactional = false)
class WhenEveryoneMustHaveASecondFactorTest extends AppTest {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontdoor.staff.two-factor-for-everyone", "true");
        return properties;
    }

    @Inject
    StaffFixture staff;

    @Test
    void a_recruitment_officer_without_an_app_must_set_one_up_before_any_page() {
        Person sam = staff.personWithoutApp("Sam Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient browser = client();
        browser.get("/staff/sign-in");
        var signedIn = browser.post("/staff/sign-in", Map.of("email", sam.email(), "password", StaffFixture.PASSWORD,
                "next", "/staff"));
        assertTrue(signedIn.location().startsWith("/staff/two-factor/set-up"), signedIn.location());
        assertEquals(303, browser.get("/staff").status(), "no queue before the app is set up");
        var setUp = browser.get(signedIn.location());
        assertTrue(setUp.body().contains("You need to set it up before you can continue"), "told it is required");
    }
}
