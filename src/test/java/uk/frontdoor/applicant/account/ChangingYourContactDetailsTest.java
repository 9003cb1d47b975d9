package uk.frontdoor.applicant.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * A person changes the name and phone number we hold for them, and the email address of their account: the new
 * address takes effect only through the link sent to it, the old one is told, and nothing else moves.
 */
@MicronautTest(transactional = false)
class ChangingYourContactDetailsTest extends AppTest {
    private static final Pattern CONFIRM = Pattern.compile("(/confirm-email\\?token=[A-Za-z0-9_-]+)");

    @Inject
    InvitedApplicants applicants;
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;

    private WebClient signedInWithAnEnquiry(String email, String name) {
        Enquiries.make(sql, queue, region, email, name, "lambeth");
        return applicants.signIn(client(), email);
    }

    private String enquiry(String column, String email) {
        return sql.one("SELECT " + column + " FROM enquiry WHERE email = ?", rs -> rs.getString(1), email).orElse(null);
    }

    @Test
    void a_person_changes_their_name_and_phone_on_every_record_and_bad_answers_are_explained_with_nothing_saved() {
        String email = uniqueEmail("details");
        WebClient person = signedInWithAnEnquiry(email, "Dee Details");
        assertEquals("/account/details", person.get("/account").html().getElementById("contact-details-link").attr("href"));
        var details = person.get("/account/details").html();
        assertTrue(details.select(".govuk-summary-list__value").eachText().containsAll(List.of("Dee Details", email)));

        var refused = person.post("/account/details/name-and-phone", Map.of("fullName", " ", "phone", "call me"));
        assertEquals(422, refused.status());
        assertEquals(List.of("Enter your full name",
                "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"), refused.errorSummary());
        assertEquals("call me", refused.html().getElementById("phone").val(), "what they typed is kept");
        assertEquals("Dee Details", enquiry("full_name", email), "nothing saved");

        var saved = person.post("/account/details/name-and-phone", Map.of("fullName", "Dee Newname", "phone", "07700 900 123"));
        assertEquals(303, saved.status());
        assertEquals("Your contact details have been changed.", person.open(saved.location()).html()
                .selectFirst(".govuk-notification-banner__heading").text());
        assertEquals("Dee Newname", enquiry("full_name", email));
        assertEquals("07700 900 123", enquiry("phone", email));
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event a JOIN applicant_account p ON p.id = a.actor_id
                WHERE a.actor_type = 'APPLICANT' AND a.action = 'CONTACT_DETAILS_CHANGED' AND p.email = ?""", email));
    }

    @Test
    void a_new_email_address_takes_effect_only_through_the_link_sent_to_it_and_the_old_address_is_told() {
        String old = uniqueEmail("old");
        String fresh = uniqueEmail("new");
        WebClient person = signedInWithAnEnquiry(old, "Oli Oldaddress");
        int oldMails = Mailbox.to(old).size();

        assertEquals(List.of("Enter an email address in the correct format, like name@example.com"),
                person.post("/account/details/email", Map.of("email", "name.example.com")).errorSummary());
        assertEquals(List.of("This is already the email address of your account"),
                person.post("/account/details/email", Map.of("email", old)).errorSummary());
        assertEquals(303, person.post("/account/details/email", Map.of("email", fresh)).status());

        var mail = Mailbox.await(fresh, 1, Duration.ofSeconds(20)).get(0);
        String body = Mailbox.body(mail);
        Matcher link = CONFIRM.matcher(body);
        assertTrue(link.find(), body);
        assertFalse(body.contains(old) || body.contains("Oli"), "no personal details in the email");
        assertEquals(old, sql.one("SELECT email FROM applicant_account WHERE email = ?", rs -> rs.getString(1), old)
                .orElseThrow(), "nothing changes before the link is used");

        WebClient elsewhere = client(); // the link may be opened on another device
        var asked = elsewhere.get(link.group(1));
        assertEquals(200, asked.status());
        assertEquals(old, enquiry("email", old), "opening the link changes nothing: a mail scanner may open it");
        String token = link.group(1).substring(link.group(1).indexOf('=') + 1);
        var confirmed = elsewhere.post("/confirm-email", Map.of("token", token));
        assertEquals(303, confirmed.status());
        assertEquals("Your email address has been changed", elsewhere.open(confirmed.location()).html()
                .selectFirst("h1").text());

        assertEquals(0, sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", old));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", fresh));
        assertEquals("Oli Oldaddress", enquiry("full_name", fresh), "the enquiry moved with the person");
        var told = Mailbox.await(old, oldMails + 1, Duration.ofSeconds(20));
        String notice = Mailbox.body(told.get(told.size() - 1));
        assertTrue(notice.contains("has been changed"), notice);
        assertFalse(notice.contains(fresh) || notice.contains(old), "the notice names neither address");
        assertEquals(1, Mailbox.to(fresh).size(), "the new address got the link and nothing else");

        assertEquals(404, elsewhere.post("/confirm-email", Map.of("token", token)).status(), "a link works once");
        assertEquals(200, person.get("/account").status(), "the person stays signed in where they asked");
        assertTrue(person.get("/account").body().contains(fresh));
        applicants.signIn(client(), fresh); // and signs in with the new address from now on
    }

    @Test
    void an_address_another_account_has_is_refused_at_the_link_and_nothing_changes() {
        String mine = uniqueEmail("mine");
        String theirs = uniqueEmail("theirs");
        WebClient person = signedInWithAnEnquiry(mine, "Mo Mine");
        signedInWithAnEnquiry(theirs, "Tay Theirs");
        assertEquals(303, person.post("/account/details/email", Map.of("email", theirs)).status(),
                "the form does not say whether an address has an account");
        var mails = Mailbox.await(theirs, 2, Duration.ofSeconds(20));
        Matcher link = CONFIRM.matcher(Mailbox.body(mails.get(mails.size() - 1)));
        assertTrue(link.find());
        WebClient holder = client();
        holder.get(link.group(1));
        var refused = holder.post("/confirm-email", Map.of("token", link.group(1).substring(link.group(1).indexOf('=') + 1)));
        assertEquals(409, refused.status());
        assertEquals("That email address is already used for another account", refused.html().selectFirst("h1").text());
        assertEquals("Mo Mine", enquiry("full_name", mine));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", mine));
        assertEquals(404, client().get("/confirm-email?token=not-a-token").status());
    }
}
