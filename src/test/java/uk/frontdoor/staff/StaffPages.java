package uk.frontdoor.staff;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import uk.frontdoor.staff.StaffFixture.Person;

/** What the staff browser journeys do on every page: find things by their exact words, and sign in. */
final class StaffPages {
    private StaffPages() {
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    static String banner(Page page) {
        return page.locator(".govuk-notification-banner__heading").textContent().trim();
    }

    static void signIn(Page page, Person person) {
        page.getByLabel("Email address", exactly()).fill(person.email());
        page.getByLabel("Password", exactly()).fill(StaffFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
    }
}
