package uk.frontdoor.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * One person's browser in the whole-journey story: what they click and read, found by the words on the page, with
 * axe-core run on every page they reach. A member of the public and each member of staff get their own.
 */
final class JourneyPages implements AutoCloseable {
    private static final Pattern SIGN_IN_PAGE = Pattern.compile("https?://[^\\s]+(/sign-in)\\b");
    private final BrowserContext context;
    final Page page;

    private JourneyPages(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
        this.page.setDefaultTimeout(60_000); // the machine is shared and slow; nothing here should take this long
    }

    private JourneyPages(Page page) {
        this.context = null;
        this.page = page;
    }

    /** The steps on a page whose browser context someone else opened (and closes). */
    static JourneyPages of(Page page) {
        return new JourneyPages(page);
    }

    static JourneyPages open(String baseUrl, boolean javaScript) {
        return new JourneyPages(Browsers.context(baseUrl, javaScript));
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    // ---- what every page needs

    /** The page shows this main heading and passes axe. */
    void showing(String heading) {
        assertEquals(heading, page.locator("h1").first().textContent().strip());
        axe();
    }

    void axe() {
        Browsers.assertAccessible(page);
    }

    String text(String selector) {
        return page.locator(selector).first().textContent().strip().replaceAll("\\s+", " ");
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, named(button)).first().click();
    }

    void choose(String label) {
        page.getByLabel(label, exactly()).check();
    }

    void fill(String label, String value) {
        page.getByLabel(label, exactly()).fill(value);
    }

    void date(String name, String day, String month, String year) {
        page.locator("#" + name).fill(day);
        page.locator("#" + name + "-month").fill(month);
        page.locator("#" + name + "-year").fill(year);
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    // ---- the member of the public

    /** From the home page to a sent enquiry; returns its reference. */
    String makesAnEnquiry(String name, String email, String borough) {
        page.navigate("/");
        showing("Adopt with Adopt London South");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an adoption enquiry")).click();
        showing("Make an adoption enquiry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        showing("Where do you live?");
        choose(borough);
        continueTo("What is your full name?");
        page.locator("#fullName").fill(name);
        continueTo("Your contact details");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("UK phone number").fill("07700 900 123");
        continueTo("How and when should we contact you?");
        page.getByLabel("Either is fine").check();
        page.getByLabel("Weekday mornings").check();
        continueTo("Are you applying on your own or with a partner?");
        page.getByLabel("On my own").check();
        continueTo("What are you interested in?");
        page.getByLabel("Early permanence or fostering for adoption").check();
        continueTo("The children you might consider");
        continueTo("How did you hear about us?");
        page.getByLabel("A friend or family member").check();
        continueTo("Equality monitoring questions");
        press("Skip these questions");
        showing("Check your answers before sending your enquiry");
        page.getByLabel("I have read the privacy notice").check();
        press("Send enquiry");
        showing("Enquiry sent");
        return text(".govuk-panel .app-reference");
    }

    private void continueTo(String heading) {
        press("Continue");
        showing(heading);
    }

    /**
     * Opens the invitation email, follows its sign-in address, asks for a link and signs in with the link from the
     * next email, as the person would.
     */
    void followsTheInvitationAndSignsIn(String email) {
        var invitation = Mailbox.await(email, 2, Duration.ofSeconds(30)).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().equals("You are invited to register your interest in adopting");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        Matcher address = SIGN_IN_PAGE.matcher(Mailbox.body(invitation));
        assertTrue(address.find(), "the invitation says where to sign in");
        signsIn(email, address.group(1));
    }

    /** Signs in from the sign-in page with the link emailed to them. */
    void signsIn(String email) {
        signsIn(email, "/sign-in");
    }

    private void signsIn(String email, String signInPage) {
        int before = Mailbox.to(email).size();
        page.navigate(signInPage);
        showing("Sign in");
        fill("Email address", email);
        press("Send me a link");
        axe();
        page.navigate(InvitedApplicants.awaitLink(email, before));
        axe();
        press("Continue to your account");
        showing("Your account");
    }

    /** Fills in every section of the Registration of Interest and sends it; returns its reference. */
    String registersTheirInterest() {
        press("Register your interest");
        showing("Register your interest in adopting");
        for (RegistrationSection section : RegistrationSection.values()) {
            page.locator("a[href='/account/registration/" + section.slug() + "']").click();
            axe();
            InvitedApplicants.typeInto(page, section);
            press("Save and continue");
            showing("Register your interest in adopting");
            assertEquals("Completed", page.locator("a[href='/account/registration/" + section.slug() + "']")
                    .locator("xpath=ancestor::li").locator(".govuk-task-list__status").textContent().strip(),
                    section.name());
        }
        press("Check your answers and send");
        showing("Check your answers before sending your registration");
        press("Send registration");
        showing("Registration of interest sent");
        return text(".app-reference");
    }

    // ---- staff

    /** Signs in as staff: password, then the code from their app when they have one (managers must). */
    void staffSignIn(StaffFixture staff, StaffFixture.Person who) {
        page.navigate("/staff/sign-in");
        showing("Sign in");
        staff.signIn(page, who);
        axe();
    }

    /** From the work queues page: the team's queue, filtered to one reference, then that item. */
    void opensFromTheQueue(String team, String reference) {
        page.navigate("/staff");
        showing("Work queues");
        page.getByRole(AriaRole.LINK, named(team)).click();
        showing(team);
        fill("Reference", reference);
        press("Apply filters");
        // with JavaScript, htmx swaps the results in place (the reference may be on the unfiltered list too, so
        // wait for the filtered one); without, a new page loads
        assertThat(page.locator("#queue-results tbody tr")).hasCount(1,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(60_000));
        Locator item = page.locator("#queue-results").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(reference).setExact(true));
        axe();
        item.click();
        axe();
    }

    /** Follows a link on a caseload or oversight list to a person's Stage Two page. */
    void opensStageTwoOf(String listPath, String listHeading, long journeyId) {
        page.navigate(listPath);
        showing(listHeading);
        page.locator("a[href='/staff/journeys/" + journeyId + "/stage-two']").click();
        axe();
    }
}
