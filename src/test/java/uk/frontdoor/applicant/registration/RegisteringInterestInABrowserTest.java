package uk.frontdoor.applicant.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * An invited person, in a real browser, registers their interest section by section (once with JavaScript, once
 * without), a recruitment officer accepts it, and the person's account then shows Stage One and its clock. Every
 * page is checked with axe.
 */
@MicronautTest(transactional = false)
class RegisteringInterestInABrowserTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;

    private Page page;

    @Test
    @Timeout(180)
    void an_invited_person_registers_with_javascript_on_and_staff_accept_it() {
        registersAndIsAccepted(true);
    }

    @Test
    @Timeout(180)
    void an_invited_person_registers_with_javascript_off_and_staff_accept_it() {
        registersAndIsAccepted(false);
    }

    private void registersAndIsAccepted(boolean javaScript) {
        var person = invited.invite(uniqueEmail(javaScript ? "browser-js" : "browser-nojs"));
        String reference;
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            page = browser.newPage();
            given_they_sign_in_with_the_emailed_link(person.email());
            page.getByRole(AriaRole.BUTTON, named("Register your interest")).click();
            checked("Register your interest in adopting");
            for (RegistrationSection s : RegistrationSection.values()) {
                when_they_fill_in(s);
            }
            page.getByRole(AriaRole.BUTTON, named("Check your answers and send")).click();
            checked("Check your answers before sending your registration");
            page.getByRole(AriaRole.BUTTON, named("Send registration")).click();
            checked("Registration of interest sent");
            reference = page.locator(".app-reference").textContent().strip();
            assertTrue(reference.startsWith("ROI-"));
        }
        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
            page.navigate("/staff/sign-in");
            page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(officer.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixture.PASSWORD);
            page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            long item = invitedItem(reference);
            page.navigate("/staff/items/" + item);
            checked("Registration of interest " + reference);
            assertTrue(page.locator("main").textContent().contains("Ada Aunt"), "staff read the adult added");
            page.getByLabel("Accept: start Stage One").check();
            page.getByLabel("Stage One plan (if you accept)").fill("Checks and the preparation course in March");
            page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
            checked("Registration of interest " + reference);
            assertTrue(page.locator("#registration-status").textContent().contains("Stage One"));
        }
        try (BrowserContext again = Browsers.context(baseUrl(), javaScript)) {
            page = again.newPage();
            given_they_sign_in_with_the_emailed_link(person.email());
            assertEquals("Stage One", page.locator(".app-journey .govuk-tag").textContent().strip());
            assertTrue(page.locator("#journey-clock").textContent().startsWith("We aim to decide by"));
        }
    }

    @Inject
    uk.frontdoor.platform.db.Sql sql;

    private long invitedItem(String reference) {
        return sql.one("SELECT id FROM work_item WHERE reference = ?", rs -> rs.getLong(1), reference).orElseThrow();
    }

    private void given_they_sign_in_with_the_emailed_link(String email) {
        int before = Mailbox.to(email).size();
        page.navigate("/sign-in");
        page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByRole(AriaRole.BUTTON, named("Send me a link")).click();
        page.navigate(InvitedApplicants.awaitLink(email, before));
        page.getByRole(AriaRole.BUTTON, named("Continue to your account")).click();
        checked("Your account");
    }

    private void when_they_fill_in(RegistrationSection section) {
        page.locator("a[href='/account/registration/" + section.slug() + "']").click();
        Browsers.assertAccessible(page);
        if (section == RegistrationSection.REFEREES) {
            and_are_told_when_they_name_two_relatives();
        }
        InvitedApplicants.typeInto(page, section);
        if (section == RegistrationSection.HOUSEHOLD) {
            and_add_another_adult();
        }
        page.getByRole(AriaRole.BUTTON, named("Save and continue")).click();
        assertEquals("Completed", page.locator("a[href='/account/registration/" + section.slug() + "']")
                .locator("xpath=ancestor::li").locator(".govuk-task-list__status").textContent().strip(), section.name());
    }

    private void and_add_another_adult() {
        page.getByRole(AriaRole.BUTTON, named("Add another adult")).click();
        assertEquals("Gus Gran", page.locator("#adult1-name").inputValue(), "what was typed is kept");
        Browsers.assertAccessible(page);
        page.locator("#adult2-name").fill("Ada Aunt");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Date of birth").setExact(true)).nth(1)
                .getByLabel("Day").fill("9");
        page.locator("#adult2-dateOfBirth-month").fill("12");
        page.locator("#adult2-dateOfBirth-year").fill("1960");
        page.locator("#adult2-relationship").fill("Aunt");
    }

    private void and_are_told_when_they_name_two_relatives() {
        var answers = InvitedApplicants.filled(RegistrationSection.REFEREES);
        answers.forEach((id, value) -> {
            if (id.endsWith("-relative")) {
                page.locator("#" + id).check(); // "yes" for all three
            } else {
                page.locator("#" + id).fill(value);
            }
        });
        page.getByRole(AriaRole.BUTTON, named("Save and continue")).click();
        assertTrue(page.locator(".govuk-error-summary").textContent().contains("Only one of your referees can be a relative"));
        assertTrue(page.title().startsWith("Error:"));
        Browsers.assertAccessible(page);
    }

    private void checked(String heading) {
        assertEquals(heading, page.locator("h1").first().textContent().strip());
        Browsers.assertAccessible(page);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
