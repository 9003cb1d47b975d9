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
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.events.EventBookings.Attendance;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.feedback.Feedback;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.FeedbackResults;
import uk.frontdoor.staff.RegisterCsv;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/** An event's bookings and attendance register: mark who came, print it, or download it as CSV. Every view and download is audited by core. */
@Controller("/staff/events")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.TEAM_MANAGER})
public class RegisterController {
    private final EventBookings bookings;
    private final StaffWords words;
    private final Feedback feedback;

    public RegisterController(EventBookings bookings, StaffWords words, Feedback feedback) {
        this.feedback = feedback;
        this.bookings = bookings;
        this.words = words;
    }

    @Get("/{eventId}/register")
    public HttpResponse<?> register(HttpRequest<?> request, @PathVariable long eventId, @Nullable @QueryValue String saved) {
        return ResultPages.answer(bookings.register(Visitor.of(request).staff(), eventId),
                register -> Page.of("staff/events/register").with("event", register.event())
                        .with("when", EventWhen.of(register.event().plan()))
                        .with("bookings", register.bookings())
                        .with("people", register.people())
                        .with("saved", saved != null)
                        .with("backLink", "/staff/events").response());
    }

    /** What the people who came said about it: anonymous, and only once enough have answered (core.feedback). */
    @Get("/{eventId}/feedback")
    public HttpResponse<?> feedback(HttpRequest<?> request, @PathVariable long eventId) {
        return ResultPages.answer(feedback.results(Visitor.of(request).staff(), Feedback.Kind.EVENT, eventId),
                shown -> FeedbackResults.page(shown, "/staff/events").response());
    }

    @Post("/{eventId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> mark(HttpRequest<?> request, @PathVariable long eventId, FormData form) {
        Map<Long, Attendance> marks = new LinkedHashMap<>();
        form.fields().keySet().stream().filter(name -> name.matches("attendance-\\d{1,18}")).forEach(name -> {
            for (Attendance a : Attendance.values()) {
                if (a.name().equals(form.get(name))) {
                    marks.put(Long.valueOf(name.substring("attendance-".length())), a);
                }
            }
        });
        return ResultPages.answer(bookings.markAttendance(Visitor.of(request).staff(), eventId, marks),
                marked -> HttpResponse.seeOther(URI.create("/staff/events/" + eventId + "/register?saved=1")));
    }

    @Get(value = "/{eventId}/register.csv", produces = "text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable long eventId) {
        return ResultPages.answer(bookings.download(Visitor.of(request).staff(), eventId), register -> {
            List<String> header = List.of(words.of("events.register.col.reference"),
                    words.of("events.register.col.name"), words.of("events.register.col.email"),
                    words.of("events.register.col.attending"), words.of("events.register.col.needs"),
                    words.of("events.register.col.attendance"));
            List<List<String>> rows = register.bookings().stream().map(b -> List.of(b.reference(), b.fullName(),
                    b.email(), String.valueOf(b.attending()), b.accessNeeds() == null ? "" : b.accessNeeds(),
                    b.attendance() == null ? "" : words.of("events.register.attendance." + b.attendance()))).toList();
            return HttpResponse.ok(RegisterCsv.of(header, rows).getBytes(StandardCharsets.UTF_8))
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"register-" + eventId + ".csv\"");
        });
    }
}
