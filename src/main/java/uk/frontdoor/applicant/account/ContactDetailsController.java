package uk.frontdoor.applicant.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.applicant.ContactDetails;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The person's own contact details: what we hold, a form for their name and phone number, and one for a new email
 * address (which changes only when they use the link we send to it; see {@link EmailConfirmationController}).
 */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/account/details")
@ApplicantOnly
public class ContactDetailsController {
    static final String DETAILS = "/account/details";
    private static final String NAME_AND_PHONE = DETAILS + "/name-and-phone";
    private static final String EMAIL = DETAILS + "/email";

    private final ContactDetails details;

    public ContactDetailsController(ContactDetails details) {
        this.details = details;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String done) {
        ContactDetails.Details held = details.of(Visitor.of(request).applicant());
        List<SummaryRow> rows = List.of(
                new SummaryRow("account.details.fullName", List.of(held.fullName()), NAME_AND_PHONE),
                new SummaryRow("account.details.phone", List.of(held.phone()), NAME_AND_PHONE + "#phone"),
                new SummaryRow("account.details.email", List.of(held.email()), EMAIL));
        String banner = "changed".equals(done) ? "account.details.changed"
                : "emailSent".equals(done) ? "account.details.emailSent" : null;
        return Page.of("applicant/account/details").with("rows", rows).with("done", banner)
                .with("backLink", "/account").response();
    }

    @Get("/name-and-phone")
    public HttpResponse<?> nameAndPhone(HttpRequest<?> request) {
        ContactDetails.Details held = details.of(Visitor.of(request).applicant());
        return nameAndPhonePage(held.fullName(), held.phone(), new FormErrors()).response();
    }

    @Post("/name-and-phone")
    public HttpResponse<?> changeNameAndPhone(HttpRequest<?> request, FormData form) {
        String name = form.get(ContactDetails.FULL_NAME);
        String phone = form.get(ContactDetails.PHONE);
        return ResultPages.answer(details.change(Visitor.of(request).applicant(), name, phone),
                changed -> HttpResponse.seeOther(URI.create(DETAILS + "?done=changed")),
                problems -> nameAndPhonePage(name, phone, FormErrors.of(problems)).response());
    }

    @Get("/email")
    public HttpResponse<?> email() {
        return emailPage("", new FormErrors()).response();
    }

    @Post("/email")
    public HttpResponse<?> askToChangeEmail(HttpRequest<?> request, FormData form) {
        String typed = form.get(ContactDetails.EMAIL);
        return ResultPages.answer(details.askToChangeEmail(Visitor.of(request).applicant(), typed),
                sent -> HttpResponse.seeOther(URI.create(DETAILS + "?done=emailSent")),
                problems -> emailPage(typed, FormErrors.of(problems)).response());
    }

    private static Page nameAndPhonePage(String name, String phone, FormErrors errors) {
        return Page.of("applicant/account/name-and-phone").with("values", Map.of(ContactDetails.FULL_NAME,
                        name == null ? "" : name, ContactDetails.PHONE, phone == null ? "" : phone))
                .with("errors", errors).with("backLink", DETAILS);
    }

    private static Page emailPage(String typed, FormErrors errors) {
        return Page.of("applicant/account/new-email").with("typed", typed == null ? "" : typed)
                .with("errors", errors).with("hours", ContactDetails.LINK_VALID_FOR.toHours()).with("backLink", DETAILS);
    }
}
