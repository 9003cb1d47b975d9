package uk.frontdoor.publicsite.events;

import io.micronaut.core.annotation.Nullable;
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
import java.util.Optional;
import uk.frontdoor.core.events.Booking;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.core.events.InfoEvent;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.view.Page;

/**
 * What the links in the emails open: a booking (its details, the joining link of an online event, changing how many
 * come and the access needs, cancelling it after a confirmation page) and an offer of a freed place. The token in the link is the only key; a wrong or spent
 * one is simply not found.
 */
@Controller("/events")
@Public
public class ManageBookingController {
    private final EventBookings bookings;
    private final Events events;
    private final Clock clock;

    public ManageBookingController(EventBookings bookings, Events events, Clock clock) {
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
    }

    @Get("/booking/{token}")
    public HttpResponse<?> booking(@PathVariable String token, @Nullable @QueryValue String changed) {
        Optional<Booking> booking = bookings.byToken(token);
        if (booking.isEmpty()) {
            return notFound();
        }
        InfoEvent event = events.find(booking.get().eventId()).orElseThrow();
        return Page.of("events/booking").with("booking", booking.get()).with("token", token)
                .with("event", PublicEventsController.card(event))
                .with("joiningLink", booking.get().active() && event.online() ? event.plan().joiningLink() : null)
                .with("upcoming", event.plan().startsAt().isAfter(Times.nowUtc(clock)) && !event.cancelled())
                .with("changed", changed != null && booking.get().active())
                .response();
    }

    @Get("/booking/{token}/cancel")
    public HttpResponse<?> confirmCancel(@PathVariable String token) {
        Optional<Booking> booking = bookings.byToken(token).filter(Booking::active);
        if (booking.isEmpty()) {
            return notFound();
        }
        InfoEvent event = events.find(booking.get().eventId()).orElseThrow();
        return Page.of("events/cancel").with("booking", booking.get()).with("token", token)
                .with("event", PublicEventsController.card(event)).with("backLink", "/events/booking/" + token)
                .response();
    }

    @Post("/booking/{token}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(@PathVariable String token) {
        if (bookings.byToken(token).isEmpty()) {
            return notFound();
        }
        bookings.cancel(token); // a second press finds it already cancelled: same page
        return HttpResponse.seeOther(URI.create("/events/booking/" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Get("/booking/{token}/change")
    public HttpResponse<?> changeForm(@PathVariable String token) {
        Optional<Booking> booking = bookings.byToken(token).filter(Booking::active);
        if (booking.isEmpty()) {
            return notFound();
        }
        Booking b = booking.get();
        return changePage(b, token, String.valueOf(b.attending()), b.accessNeeds() == null ? "" : b.accessNeeds(),
                new FormErrors()).response();
    }

    @Post("/booking/{token}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(@PathVariable String token, FormData form) {
        Optional<Booking> booking = bookings.byToken(token).filter(Booking::active);
        if (booking.isEmpty()) {
            return notFound();
        }
        String attending = form.get("attending");
        String needs = form.get("accessNeeds");
        FormErrors errors = BookingForm.checkAttendingAndNeeds(attending, needs, new FormErrors());
        if (errors.isEmpty()) {
            switch (bookings.change(token, Integer.parseInt(attending), needs)) {
                case CHANGED -> {
                    return HttpResponse.seeOther(URI.create("/events/booking/"
                            + URLEncoder.encode(token, StandardCharsets.UTF_8) + "?changed=true"));
                }
                case NO_PLACE -> errors.add("attending", "events.change.error.noPlace");
                case NOT_ACTIVE -> {
                    return HttpResponse.seeOther(URI.create("/events/booking/"
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)));
                }
            }
        }
        return changePage(booking.get(), token, attending, needs, errors).status(HttpStatus.UNPROCESSABLE_ENTITY)
                .response();
    }

    private Page changePage(Booking booking, String token, String attending, String needs, FormErrors errors) {
        InfoEvent event = events.find(booking.eventId()).orElseThrow();
        return Page.of("events/change").with("booking", booking).with("token", token)
                .with("event", PublicEventsController.card(event))
                .with("attending", attending).with("accessNeeds", needs).with("errors", errors)
                .with("attendingChoices", BookingForm.ATTENDING_CHOICES)
                .with("backLink", "/events/booking/" + token);
    }

    @Get("/offer/{token}")
    public HttpResponse<?> offer(@PathVariable String token) {
        Optional<EventBookings.Offer> offer = bookings.offer(token);
        if (offer.isEmpty()) {
            return notFound();
        }
        InfoEvent event = events.find(offer.get().eventId()).orElseThrow();
        return Page.of("events/offer").with("event", PublicEventsController.card(event)).with("token", token)
                .with("open", offer.get().open(Times.nowUtc(clock)) && !event.cancelled())
                .with("until", uk.frontdoor.core.events.EventWhen.moment(offer.get().expiresAt()))
                .response();
    }

    @Post("/offer/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accept(@PathVariable String token) {
        Optional<EventBookings.Offer> offer = bookings.offer(token);
        if (offer.isEmpty()) {
            return notFound();
        }
        Optional<EventBookings.Outcome.Booked> booked = bookings.accept(token);
        if (booked.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/events/offer/" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        }
        return HttpResponse.seeOther(URI.create("/events/" + offer.get().eventId() + "/booked?reference="
                + URLEncoder.encode(booked.get().reference(), StandardCharsets.UTF_8)));
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
