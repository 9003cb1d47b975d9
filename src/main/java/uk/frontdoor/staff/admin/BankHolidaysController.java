package uk.frontdoor.staff.admin;

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
import java.time.Clock;
import java.time.LocalDate;
import uk.frontdoor.core.calendar.BankHolidayImport;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.UploadedFiles;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The bank holidays the working days follow: the ones still to come, and an upload of GOV.UK's file
 * (www.gov.uk/bank-holidays.json) to bring in the next years'. The daily fetch, when configured, does the same.
 */
@Controller("/staff/admin/bank-holidays")
@StaffOnly(Role.ADMINISTRATOR)
public class BankHolidaysController {
    private final BankHolidays holidays;
    private final BankHolidayImport imports;
    private final Clock clock;

    public BankHolidaysController(BankHolidays holidays, BankHolidayImport imports, Clock clock) {
        this.holidays = holidays;
        this.imports = imports;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> show(@Nullable @QueryValue String added, @Nullable @QueryValue String renamed,
                                @Nullable @QueryValue String removed) {
        Page page = page(new FormErrors());
        if (added != null && renamed != null && removed != null) {
            page = page.with("imported", new String[] {added, renamed, removed});
        }
        return page.response();
    }

    @Post
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED}) // the latter: no file, so asked for one
    public HttpResponse<?> upload(HttpRequest<?> request, UploadedFiles files) {
        byte[] file = files.file(BankHolidayImport.FILE).orElse(null);
        return ResultPages.answer(imports.upload(Visitor.of(request).staff(), file),
                done -> HttpResponse.seeOther(URI.create("/staff/admin/bank-holidays?added=" + done.added()
                        + "&renamed=" + done.renamed() + "&removed=" + done.removed())),
                problems -> page(FormErrors.of(problems)).response());
    }

    private Page page(FormErrors errors) {
        LocalDate today = LocalDate.now(clock);
        return Page.of("staff/admin/bank-holidays")
                .with("holidays", holidays.from(today).stream()
                        .map(h -> new String[] {DisplayDates.day(h.date()), h.name()}).toList())
                .with("shortUntil", holidays.shortOfAYear(today).map(DisplayDates::day).orElse(null))
                .with("errors", errors)
                .with("backLink", "/staff/admin");
    }
}
