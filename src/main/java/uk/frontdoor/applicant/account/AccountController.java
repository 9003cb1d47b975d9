package uk.frontdoor.applicant.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import uk.frontdoor.core.applicant.ApplicantRecords;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/** The signed-in person's home: where each of their enquiries stands and who will be in touch. */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/account")
@ApplicantOnly
public class AccountController {
    private final ApplicantRecords records;
    private final WebSessions sessions;

    public AccountController(ApplicantRecords records, WebSessions sessions) {
        this.records = records;
        this.sessions = sessions;
    }

    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        var applicant = Visitor.of(request).applicant();
        return Page.of("applicant/account").with("applicant", applicant)
                .with("enquiries", records.enquiries(applicant)).response();
    }

    @Post("/sign-out")
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.end(Visitor.of(request));
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true"));
    }
}
