package uk.frontdoor.staff.events;

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
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.events.Booking;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.events.EventBookings.Attendance;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.core.events.InfoEvent;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.staff.RegisterCsv;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/** An event's bookings and attendance register: mark who came, print it, or download it as CSV. Every view is audited. */
@Controller("/staff/events")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.TEAM_MANAGER, Role.ADMINISTRATOR})
public class RegisterController {
    private final Events events;
    private final EventBookings bookings;
    private final AuditLog audit;
    private final StaffWords words;

    public RegisterController(Events events, EventBookings bookings, AuditLog audit, StaffWords words) {
        this.events = events;
        this.bookings = bookings;
        this.audit = audit;
        this.words = words;
    }

    @Get("/{eventId}/register")
    public HttpResponse<?> register(HttpRequest<?> request, @PathVariable long eventId, @Nullable @QueryValue String saved) {
        Optional<InfoEvent> event = events.find(eventId);
        if (event.isEmpty()) {
            return notFound();
        }
        StaffMember me = Visitor.of(request).staff();
        List<Booking> active = bookings.forEvent(eventId).stream().filter(Booking::active).toList();
        audit.staff(me.id(), "VIEW_REGISTER", "INFO_EVENT", eventId, active.size() + " bookings");
        return Page.of("staff/events/register").with("event", event.get())
                .with("when", EventWhen.of(event.get().plan()))
                .with("bookings", active)
                .with("people", active.stream().mapToInt(Booking::attending).sum())
                .with("saved", saved != null)
                .with("backLink", "/staff/events").response();
    }

    @Post("/{eventId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> mark(HttpRequest<?> request, @PathVariable long eventId, FormData form) {
        if (events.find(eventId).isEmpty()) {
            return notFound();
        }
        Map<Long, Attendance> marks = new LinkedHashMap<>();
        for (Booking b : bookings.forEvent(eventId)) {
            String value = form.get("attendance-" + b.id());
            for (Attendance a : Attendance.values()) {
                if (a.name().equals(value)) {
                    marks.put(b.id(), a);
                }
            }
        }
        bookings.markAttendance(eventId, marks, Visitor.of(request).staff().id());
        return HttpResponse.seeOther(URI.create("/staff/events/" + eventId + "/register?saved=1"));
    }

    @Get(value = "/{eventId}/register.csv", produces = "text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable long eventId) {
        Optional<InfoEvent> event = events.find(eventId);
        if (event.isEmpty()) {
            return notFound();
        }
        List<Booking> active = bookings.forEvent(eventId).stream().filter(Booking::active).toList();
        audit.staff(Visitor.of(request).staff().id(), "DOWNLOAD_REGISTER", "INFO_EVENT", eventId, active.size() + " bookings");
        List<String> header = List.of(words.of("events.register.col.reference"), words.of("events.register.col.name"),
                words.of("events.register.col.email"), words.of("events.register.col.attending"),
                words.of("events.register.col.needs"), words.of("events.register.col.attendance"));
        List<List<String>> rows = active.stream().map(b -> List.of(b.reference(), b.fullName(), b.email(),
                String.valueOf(b.attending()), b.accessNeeds() == null ? "" : b.accessNeeds(),
                b.attendance() == null ? "" : words.of("events.register.attendance." + b.attendance()))).toList();
        return HttpResponse.ok(RegisterCsv.of(header, rows).getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"register-" + eventId + ".csv\"");
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
