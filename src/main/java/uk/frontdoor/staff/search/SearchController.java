package uk.frontdoor.staff.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.search.PersonOverview;
import uk.frontdoor.core.search.StaffSearch;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.ItemTags;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.staff.Tag;
import uk.frontdoor.staff.journey.HistoryDetail;
import uk.frontdoor.staff.stagetwo.ClockTags;
import uk.frontdoor.staff.workitem.HistoryLine;
import uk.frontdoor.staff.workitem.ItemPage;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Staff search (a plain GET form, from the box on every staff page) and a person's page. Core decides what each
 * person may find and audits every search and every view; this only shows what it answers.
 */
@Controller("/staff")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.SUPPORT_WORKER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
public class SearchController {
    private final StaffSearch search;
    private final PersonOverview people;
    private final StaffWords words;
    private final ItemTags itemTags;
    private final ClockTags clockTags;
    private final ItemPage itemPage;

    public SearchController(StaffSearch search, PersonOverview people, StaffWords words, ItemTags itemTags,
                            ClockTags clockTags, ItemPage itemPage) {
        this.search = search;
        this.people = people;
        this.words = words;
        this.itemTags = itemTags;
        this.clockTags = clockTags;
        this.itemPage = itemPage;
    }

    /** A hit as the results list shows it. */
    public record HitLine(String kind, String reference, String name, String matched, String when, String href,
                          String personHref) {
    }

    /** One line of a person's timeline. */
    public record TimelineLine(String when, String record, String who, String what, String detail) {
    }

    @Get("/search")
    public HttpResponse<?> search(HttpRequest<?> request, @Nullable @QueryValue String q) {
        if (q == null) {
            return page(null, new FormErrors()).response();
        }
        return ResultPages.answer(search.search(Visitor.of(request).staff(), q),
                hits -> page(q, new FormErrors()).with("searched", true).with("more", hits.more())
                        .with("hits", hits.hits().stream().map(this::line).toList()).response(),
                problems -> page(q, FormErrors.of(problems)).response());
    }

    @Get("/people/{key}")
    public HttpResponse<?> person(HttpRequest<?> request, @PathVariable String key) {
        return ResultPages.answer(people.open(Visitor.of(request).staff(), key),
                person -> Page.of("staff/search/person").with("person", person)
                        .with("enquiries", cases(person.enquiries()))
                        .with("supportRequests", cases(person.supportRequests()))
                        .with("journeys", person.journeys().stream().map(j -> new JourneyRow(
                                "/staff/journeys/" + j.id(), j.registrationReference() != null
                                ? j.registrationReference() : words.of("staff.person.registration.none"),
                                j.registrationStatus() == null ? null
                                        : words.of("staff.person.registration." + j.registrationStatus()),
                                clockTags.stage(j.state()), DisplayDates.moment(j.since()),
                                j.due() == null ? null : DisplayDates.day(j.due()), clockTags.clock(j.clockState())))
                                .toList())
                        .with("bookings", person.bookings().stream().map(b -> new BookingRow(b.reference(),
                                b.eventTitle(), DisplayDates.moment(b.startsAt()),
                                words.of("staff.person.booking." + b.status()),
                                b.attendance() == null ? "" : words.of("staff.person.attendance." + b.attendance())))
                                .toList())
                        .with("training", person.training().stream().map(t -> new TrainingRow(t.course(),
                                words.of("staff.person.training." + t.status()), DisplayDates.moment(t.enrolledAt()),
                                t.completedAt() == null ? "" : DisplayDates.moment(t.completedAt()))).toList())
                        .with("emails", person.emails().stream().map(e -> new EmailRow(DisplayDates.moment(e.at()),
                                e.template(), words.of("staff.person.emailStatus." + e.status()))).toList())
                        .with("timeline", person.timeline().stream().map(this::timelineLine).toList())
                        .with("backLink", "/staff/search").response());
    }

    public record CaseRow(String reference, String href, String received, Tag status) {
    }

    public record JourneyRow(String href, String registration, String registrationStatus, Tag stage,
                             String since, String due, Tag clock) {
    }

    public record BookingRow(String reference, String event, String when, String status, String attendance) {
    }

    public record TrainingRow(String course, String status, String enrolled, String completed) {
    }

    public record EmailRow(String when, String template, String status) {
    }

    private List<CaseRow> cases(List<PersonOverview.CaseLine> lines) {
        List<CaseRow> rows = new ArrayList<>();
        for (PersonOverview.CaseLine c : lines) {
            rows.add(new CaseRow(c.reference(), "/staff/items/" + c.itemId(), DisplayDates.moment(c.at()),
                    itemTags.status(c.status())));
        }
        return rows;
    }

    private TimelineLine timelineLine(PersonOverview.Entry entry) {
        if (entry instanceof PersonOverview.ItemEntry item) {
            HistoryLine h = itemPage.historyLine(item.event());
            return new TimelineLine(h.when(), item.record(), h.who(), h.what(), h.detail());
        }
        if (entry instanceof PersonOverview.JourneyEntry journey) {
            var e = journey.event();
            return new TimelineLine(DisplayDates.moment(e.at()), journey.record(), null,
                    words.of("staff.journeyEvent." + e.event().name()), HistoryDetail.of(words, e));
        }
        PersonOverview.EmailEntry email = (PersonOverview.EmailEntry) entry;
        return new TimelineLine(DisplayDates.moment(email.at()), words.of("staff.person.email"), null,
                words.of("staff.person.emailSent", email.email().template()), null);
    }

    private HitLine line(StaffSearch.Hit hit) {
        return new HitLine(words.of("staff.search.kind." + hit.kind()), hit.reference(), hit.name(),
                words.of("staff.search.match." + hit.match()), hit.at() == null ? "" : DisplayDates.moment(hit.at()),
                hit.href(), hit.personKey() == null ? null : "/staff/people/" + hit.personKey());
    }

    private static Page page(String typed, FormErrors errors) {
        return Page.of("staff/search/search").with("typed", typed).with("errors", errors).with("searched", false)
                .with("hits", List.of());
    }
}
