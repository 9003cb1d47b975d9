package uk.frontdoor.staff.admin;

import static uk.frontdoor.core.region.ContactAdministration.ADDRESS;
import static uk.frontdoor.core.region.ContactAdministration.DATA_PROTECTION_EMAIL;
import static uk.frontdoor.core.region.ContactAdministration.EMAIL;
import static uk.frontdoor.core.region.ContactAdministration.OPENING_HOURS;
import static uk.frontdoor.core.region.ContactAdministration.PHONE;

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
import uk.frontdoor.core.region.ContactAdministration;
import uk.frontdoor.core.region.ContactDetails;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Administration of how the public reach the agency: the phone number, email address, postal address and opening
 * hours on the contact page, and the data protection officer's address in the privacy notice. Changes apply at once
 * and are audited.
 */
@Controller("/staff/admin/contact-details")
@StaffOnly(Role.ADMINISTRATOR)
public class ContactDetailsController {
    private final RegionDirectory region;
    private final ContactAdministration administration;

    public ContactDetailsController(RegionDirectory region, ContactAdministration administration) {
        this.region = region;
        this.administration = administration;
    }

    @Get
    public HttpResponse<?> show(@Nullable @QueryValue String saved) {
        return page(region.contactDetails(), new FormErrors(), saved != null).response();
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, FormData form) {
        ContactDetails typed = new ContactDetails(form.get(PHONE), form.get(EMAIL), form.untrimmed(ADDRESS),
                form.get(OPENING_HOURS), form.get(DATA_PROTECTION_EMAIL));
        return ResultPages.answer(administration.set(Visitor.of(request).staff(), typed),
                saved -> HttpResponse.seeOther(URI.create("/staff/admin/contact-details?saved=true")),
                problems -> page(typed, FormErrors.of(problems), false).response());
    }

    private static Page page(ContactDetails shown, FormErrors errors, boolean saved) {
        return Page.of("staff/admin/contact-details")
                .with("contact", shown)
                .with("errors", errors)
                .with("saved", saved)
                .with("backLink", "/staff/admin");
    }
}
