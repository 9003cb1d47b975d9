package uk.frontdoor.staff.subjectaccess;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.retention.Erasure;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.subjectaccess.SubjectAccess;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Subject access (ADR 39): find a person, then read everything held about them as a page that prints or as a JSON
 * file. The search is a POST, so no address or name typed reaches an address bar or an access log; a person's report
 * is addressed by an opaque key that ends after two hours. Core decides who may and audits every search and report.
 */
@Controller("/staff/subject-access")
@StaffOnly({Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER})
public class SubjectAccessController {
    private final SubjectAccess access;
    private final StaffWords words;
    private final JsonMapper json;

    public SubjectAccessController(SubjectAccess access, StaffWords words, JsonMapper json) {
        this.access = access;
        this.words = words;
        this.json = json;
    }

    @Get
    public HttpResponse<?> start(@io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue
                                 Integer erased) {
        return search("", new FormErrors()).with("erased", erased).response();
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> find(HttpRequest<?> request, FormData form) {
        String typed = form.get(SubjectAccess.FIELD);
        return ResultPages.answer(access.search(Visitor.of(request).staff(), typed),
                found -> found.byName()
                        ? search(typed, new FormErrors()).with("candidates", found.people().stream()
                                .map(c -> new Candidate(c.key(), String.join(", ", c.names()), c.email().value(),
                                        c.holds().stream().map(h -> words.of(h.code(), h.args().toArray())).toList()))
                                .toList()).response()
                        : HttpResponse.seeOther(URI.create(reportPath(found.people().get(0).key()))),
                problems -> search(typed, FormErrors.of(problems)).response());
    }

    @Get("/people/{key}")
    public HttpResponse<?> report(HttpRequest<?> request, @PathVariable String key) {
        return ResultPages.answer(access.report(Visitor.of(request).staff(), key, "page"),
                report -> Page.of("staff/subject-access/report").with("report", report)
                        .with("dpo", Visitor.of(request).staff().isDataProtectionOfficer())
                        .with("eraseHref", reportPath(key) + "/erase").with("correctHref", reportPath(key) + "/correct")
                        .with("corrected", request.getParameters().contains("corrected"))
                        .with("produced", DisplayDates.moment(report.producedAt()))
                        .with("sections", ReportView.page(report, words))
                        .with("fileHref", reportPath(key) + "/report.json")
                        .with("backLink", "/staff/subject-access").response());
    }

    @Get(value = "/people/{key}/report.json", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> file(HttpRequest<?> request, @PathVariable String key) {
        return ResultPages.answer(access.report(Visitor.of(request).staff(), key, "file"), report -> {
            try {
                return HttpResponse.ok(json.writeValueAsBytes(ReportView.file(report)))
                        .contentType("application/json; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"subject-access-"
                                + report.producedAt().toLocalDate() + ".json\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Asks a data protection officer why before erasing what is held about a person (the person's request). */
    @Get("/people/{key}/erase")
    @StaffOnly(Role.DATA_PROTECTION_OFFICER)
    public HttpResponse<?> confirmErase(@PathVariable String key) {
        if (!access.opens(key)) {
            return ResultPages.notFound();
        }
        return rightsPage("erase", key, Map.of(), new FormErrors()).response();
    }

    @Post("/people/{key}/erase")
    @StaffOnly(Role.DATA_PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> erase(HttpRequest<?> request, @PathVariable String key, FormData form) {
        Map<String, String> typed = Map.of(Erasure.REASON, form.get(Erasure.REASON));
        return ResultPages.answer(access.erase(Visitor.of(request).staff(), key, form.get(Erasure.REASON)),
                erased -> HttpResponse.seeOther(URI.create("/staff/subject-access?erased=" + erased.records())),
                problems -> rightsPage("erase", key, typed, FormErrors.of(problems)).response());
    }

    /** A correction of a person's name or phone number on every record of theirs, with the reason. */
    @Get("/people/{key}/correct")
    @StaffOnly(Role.DATA_PROTECTION_OFFICER)
    public HttpResponse<?> correction(@PathVariable String key) {
        if (!access.opens(key)) {
            return ResultPages.notFound();
        }
        return rightsPage("correct", key, Map.of(), new FormErrors()).response();
    }

    @Post("/people/{key}/correct")
    @StaffOnly(Role.DATA_PROTECTION_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> correct(HttpRequest<?> request, @PathVariable String key, FormData form) {
        Map<String, String> typed = Map.of(Erasure.FULL_NAME, form.get(Erasure.FULL_NAME), Erasure.PHONE,
                form.get(Erasure.PHONE), Erasure.REASON, form.get(Erasure.REASON));
        return ResultPages.answer(access.correct(Visitor.of(request).staff(), key, form.get(Erasure.FULL_NAME),
                        form.get(Erasure.PHONE), form.get(Erasure.REASON)),
                corrected -> HttpResponse.seeOther(URI.create(reportPath(key) + "?corrected=true")),
                problems -> rightsPage("correct", key, typed, FormErrors.of(problems)).response());
    }

    private static Page rightsPage(String which, String key, Map<String, String> typed, FormErrors errors) {
        return Page.of("staff/subject-access/" + which).with("action", reportPath(key) + "/" + which)
                .with("typed", typed).with("errors", errors).with("backLink", reportPath(key));
    }

    /** A person a name search found, as the list shows them. */
    public record Candidate(String key, String names, String email, List<String> holds) {
        public String href() {
            return reportPath(key);
        }
    }

    private static String reportPath(String key) {
        return "/staff/subject-access/people/" + key;
    }

    private static Page search(String typed, FormErrors errors) {
        return Page.of("staff/subject-access/search").with("typed", typed).with("errors", errors)
                .with("candidates", List.of()).with("backLink", "/staff");
    }
}
