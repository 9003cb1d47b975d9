package uk.frontdoor.staff.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import uk.frontdoor.core.events.EventKind;
import uk.frontdoor.core.events.EventPlace;
import uk.frontdoor.core.events.EventRequest;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.core.events.InfoEvent;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Spoke;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/** Staff plan information events: the list, a new event, changes to one, and cancelling one. */
@Controller("/staff/events")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.TEAM_MANAGER, Role.ADMINISTRATOR})
public class EventsController {
    private final Events events;
    private final RegionDirectory region;

    public EventsController(Events events, RegionDirectory region) {
        this.events = events;
        this.region = region;
    }

    public record EventRow(long id, String title, String when, String spoke, int capacity, int placesTaken,
                           boolean cancelled) { }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String done) {
        List<EventRow> rows = events.forStaff().stream().map(e -> new EventRow(e.id(), e.plan().title(),
                DisplayDates.moment(e.plan().startsAt()), e.spokeName(), e.plan().capacity(), e.placesTaken(),
                e.cancelled())).toList();
        return Page.of("staff/events/list").with("rows", rows)
                .with("done", done != null && List.of("created", "saved", "cancelled").contains(done) ? done : null)
                .with("backLink", "/staff").response();
    }

    @Get("/new")
    public HttpResponse<?> newEvent() {
        return form(EventForm.EMPTY, null, new FormErrors()).response();
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, FormData data) {
        EventForm form = EventForm.read(data);
        return ResultPages.answer(events.create(Visitor.of(request).staff(), form.request()),
                id -> HttpResponse.seeOther(URI.create("/staff/events?done=created")),
                problems -> form(form, null, FormErrors.of(problems)).response());
    }

    @Get("/{eventId}/edit")
    public HttpResponse<?> edit(HttpRequest<?> request, @PathVariable long eventId) {
        return ResultPages.answer(events.toChange(Visitor.of(request).staff(), eventId),
                e -> form(EventForm.of(EventRequest.of(e.plan())), e, new FormErrors()).response());
    }

    @Post("/{eventId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @PathVariable long eventId, FormData data) {
        StaffMember me = Visitor.of(request).staff();
        EventForm form = EventForm.read(data);
        return ResultPages.answer(events.edit(me, eventId, form.request()),
                id -> HttpResponse.seeOther(URI.create("/staff/events?done=saved")),
                problems -> form(form, events.find(eventId).orElseThrow(), FormErrors.of(problems)).response());
    }

    @Get("/{eventId}/cancel")
    public HttpResponse<?> confirmCancel(HttpRequest<?> request, @PathVariable long eventId) {
        return ResultPages.answer(events.toChange(Visitor.of(request).staff(), eventId),
                e -> Page.of("staff/events/cancel").with("event", e)
                        .with("when", DisplayDates.moment(e.plan().startsAt()))
                        .with("backLink", "/staff/events").response());
    }

    @Post("/{eventId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(HttpRequest<?> request, @PathVariable long eventId) {
        return ResultPages.answer(events.cancel(Visitor.of(request).staff(), eventId),
                id -> HttpResponse.seeOther(URI.create("/staff/events?done=cancelled")));
    }

    private Page form(EventForm form, InfoEvent event, FormErrors errors) {
        return Page.of("staff/events/form")
                .with("form", form)
                .with("event", event)
                .with("action", event == null ? "/staff/events/new" : "/staff/events/" + event.id() + "/edit")
                .with("kindChoices", Arrays.stream(EventKind.values()).map(k -> Choice.of(k.name(), "events.kind." + k.name())).toList())
                .with("placeChoices", Arrays.stream(EventPlace.values()).map(p -> Choice.of(p.name(), "events.place." + p.name())).toList())
                .with("spokeOptions", spokeOptions())
                .with("errors", errors)
                .with("backLink", "/staff/events");
    }

    private List<SelectOption> spokeOptions() {
        var options = new java.util.ArrayList<SelectOption>();
        options.add(new SelectOption("", ""));
        for (Spoke s : region.spokes()) {
            options.add(new SelectOption(String.valueOf(s.id()), s.name() + " (" + s.officeName() + ")"));
        }
        return options;
    }
}
