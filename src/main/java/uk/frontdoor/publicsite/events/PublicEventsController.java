package uk.frontdoor.publicsite.events;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.core.events.InfoEvent;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Spoke;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.FormGuard;
import uk.frontdoor.web.form.PublicForm;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.SameForEveryone;

/**
 * The public list of upcoming information events (filters are a plain GET form; htmx only swaps the results), each
 * event's page, booking a place, and the waiting list of a full event. Booking and joining a waiting list are guarded
 * against automation by {@link FormGuard} (a honeypot, one count of both per client address, and emails per address).
 */
@Controller("/events")
@Public
public class PublicEventsController {
    private final Events events;
    private final EventBookings bookings;
    private final RegionDirectory region;
    private final FormGuard guard;
    private final Clock clock;
    private final MessageSource messages;

    public PublicEventsController(Events events, EventBookings bookings, RegionDirectory region, FormGuard guard,
                                  Clock clock, MessageSource messages) {
        this.messages = messages;
        this.events = events;
        this.bookings = bookings;
        this.region = region;
        this.guard = guard;
        this.clock = clock;
    }

    /** One line of the list: what, when, where and how many places are left. */
    public record EventCard(long id, String title, String kindKey, String when, String where, boolean online,
                            String spoke, int placesLeft) { }

    /** Events on one page of the list. */
    static final int PAGE_SIZE = 20;

    @SameForEveryone
    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String spoke,
                                @Nullable @QueryValue String where, @Nullable @QueryValue String page) {
        List<Spoke> spokes = region.spokes();
        Optional<Spoke> chosen = spokes.stream().filter(s -> s.code().equals(spoke)).findFirst();
        Boolean online = "online".equals(where) ? Boolean.TRUE : "in-person".equals(where) ? Boolean.FALSE : null;
        int pageNumber = pageNumber(page);
        List<EventCard> found = events.upcoming(new Events.Filter(chosen.map(Spoke::id).orElse(null), online),
                (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1).stream().map(PublicEventsController::card).toList();
        List<EventCard> cards = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        String filters = "/events?spoke=" + encode(chosen.map(Spoke::code).orElse("")) + "&where="
                + encode(online == null ? "" : where);
        List<SelectOption> spokeOptions = new ArrayList<>();
        spokeOptions.add(new SelectOption("", messages.getMessage("events.public.filter.allAreas", Locale.UK).orElseThrow()));
        spokes.forEach(s -> spokeOptions.add(new SelectOption(s.code(), s.name())));
        boolean fragmentOnly = request.getHeaders().contains("HX-Request")
                && !request.getHeaders().contains("HX-History-Restore-Request");
        return Page.of(fragmentOnly ? "events/list :: results" : "events/list")
                .with("cards", cards)
                .with("nextHref", found.size() > PAGE_SIZE ? filters + "&page=" + (pageNumber + 1) : null)
                .with("previousHref", pageNumber > 1 ? filters + "&page=" + (pageNumber - 1) : null)
                .with("spokeOptions", spokeOptions)
                .with("spoke", chosen.map(Spoke::code).orElse(""))
                .with("where", online == null ? "" : where)
                .with("whereChoices", List.of(Choice.of("", "events.public.filter.anywhere"),
                        Choice.of("in-person", "events.public.filter.inPerson"),
                        Choice.of("online", "events.public.filter.online")))
                .response();
    }

    /** The page asked for: a whole number from 1 to 1,000; anything else is the first page. */
    private static int pageNumber(String page) {
        if (page == null || !page.matches("[0-9]{1,4}")) {
            return 1;
        }
        return Math.max(1, Math.min(1000, Integer.parseInt(page)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static EventCard card(InfoEvent e) {
        return new EventCard(e.id(), e.plan().title(), "events.kind." + e.plan().kind().name(), EventWhen.of(e.plan()),
                e.whereText(), e.online(), e.spokeName(), e.placesLeft());
    }

    @SameForEveryone
    @Get("/{eventId}")
    public HttpResponse<?> event(@PathVariable long eventId) {
        Optional<InfoEvent> event = visible(eventId);
        if (event.isEmpty()) {
            return notFound();
        }
        return Page.of("events/event").with("event", card(event.get()))
                .with("open", event.get().openForBooking(Times.nowUtc(clock)))
                .with("backLink", "/events").response();
    }

    @Get("/{eventId}/book")
    public HttpResponse<?> bookingForm(HttpRequest<?> request, @PathVariable long eventId) {
        Optional<InfoEvent> event = visible(eventId);
        if (event.isEmpty()) {
            return notFound();
        }
        return bookPage(event.get(), known(Visitor.of(request).applicant()), new FormErrors()).response();
    }

    @Post("/{eventId}/book")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> book(HttpRequest<?> request, @PathVariable long eventId, FormData data) {
        Optional<InfoEvent> event = visible(eventId);
        if (event.isEmpty()) {
            return notFound();
        }
        Optional<HttpResponse<?>> refused = check(request, event.get(), data);
        if (refused.isPresent()) {
            return refused.get();
        }
        BookingForm form = BookingForm.read(data);
        EventBookings.Outcome outcome = bookings.book(eventId, booker(request, form),
                guard.emails(PublicForm.EVENT_BOOKING));
        if (outcome instanceof EventBookings.Outcome.Booked booked) {
            return HttpResponse.seeOther(URI.create("/events/" + eventId + "/booked?reference="
                    + URLEncoder.encode(booked.reference(), StandardCharsets.UTF_8)));
        }
        if (outcome instanceof EventBookings.Outcome.Full) {
            return Page.of("events/full").with("event", card(event.get())).with("form", form)
                    .with("hours", bookings.offerHours()).with("backLink", "/events/" + eventId)
                    .status(HttpStatus.CONFLICT).response();
        }
        return Page.of("events/closed").with("event", card(event.get())).status(HttpStatus.CONFLICT).response();
    }

    @Get("/{eventId}/booked")
    public HttpResponse<?> booked(@PathVariable long eventId, @Nullable @QueryValue String reference) {
        Optional<InfoEvent> event = events.find(eventId);
        if (event.isEmpty() || reference == null
                || bookings.byReference(eventId, reference).filter(b -> b.active()).isEmpty()) {
            return notFound();
        }
        return Page.of("events/booked").with("event", card(event.get())).with("reference", reference).response();
    }

    @Post("/{eventId}/wait")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> joinWaitingList(HttpRequest<?> request, @PathVariable long eventId, FormData data) {
        Optional<InfoEvent> event = visible(eventId);
        if (event.isEmpty()) {
            return notFound();
        }
        Optional<HttpResponse<?>> refused = check(request, event.get(), data);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!bookings.joinWaitingList(eventId, booker(request, BookingForm.read(data)),
                guard.emails(PublicForm.EVENT_BOOKING))) {
            return Page.of("events/closed").with("event", card(event.get())).status(HttpStatus.CONFLICT).response();
        }
        return HttpResponse.seeOther(URI.create("/events/" + eventId + "/waiting"));
    }

    @Get("/{eventId}/waiting")
    public HttpResponse<?> waiting(@PathVariable long eventId) {
        return visible(eventId).<HttpResponse<?>>map(e -> Page.of("events/waiting").with("event", card(e))
                .with("hours", bookings.offerHours()).response()).orElseGet(PublicEventsController::notFound);
    }

    /**
     * What stops a booking or a place on the waiting list before it is made: the form's errors (422), then the
     * honeypot and the limit per client address. Empty when it may go ahead.
     */
    private Optional<HttpResponse<?>> check(HttpRequest<?> request, InfoEvent event, FormData data) {
        BookingForm form = BookingForm.read(data);
        FormErrors errors = form.check(new FormErrors());
        if (!errors.isEmpty()) {
            return Optional.of(bookPage(event, form, errors).status(HttpStatus.UNPROCESSABLE_ENTITY).response());
        }
        return guard.refusal(PublicForm.EVENT_BOOKING, request, data);
    }

    private static Booker booker(HttpRequest<?> request, BookingForm form) {
        Applicant applicant = Visitor.of(request).applicant();
        return form.booker(applicant == null ? null : applicant.id());
    }

    private Page bookPage(InfoEvent event, BookingForm form, FormErrors errors) {
        return Page.of("events/book").with("event", card(event)).with("form", form).with("errors", errors)
                .with("open", event.openForBooking(Times.nowUtc(clock)))
                .with("attendingChoices", BookingForm.ATTENDING_CHOICES)
                .with("backLink", "/events/" + event.id());
    }

    /** A signed-in person need not type what we know: their email, and their name from their latest enquiry. */
    private BookingForm known(Applicant applicant) {
        if (applicant == null) {
            return new BookingForm("", "", "", "");
        }
        return new BookingForm(bookings.nameOnRecord(applicant.email()), applicant.email(), "", "");
    }

    private Optional<InfoEvent> visible(long eventId) {
        return events.find(eventId).filter(e -> !e.cancelled() && e.plan().endsAt().isAfter(Times.nowUtc(clock)));
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
