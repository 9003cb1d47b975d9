package uk.frontdoor.staff.training;

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
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.feedback.Feedback;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.core.training.TrainingSession;
import uk.frontdoor.core.training.TrainingStage;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.FeedbackResults;
import uk.frontdoor.staff.RegisterCsv;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/** Staff create preparation courses, see who is enrolled, and keep each session's attendance register. */
@Controller("/staff/training")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
public class TrainingController {
    private final Training training;
    private final StaffWords words;

    private final Feedback feedback;
    private final Clock clock;

    public TrainingController(Training training, StaffWords words, Feedback feedback, Clock clock) {
        this.clock = clock;
        this.feedback = feedback;
        this.training = training;
        this.words = words;
    }

    public record SessionRow(long id, String when, String where, boolean toCome) { }

    @Get
    public HttpResponse<?> list(@Nullable @QueryValue String done) {
        return Page.of("staff/training/list").with("courses", training.all()).with("created", "created".equals(done))
                .with("backLink", "/staff").response();
    }

    @Get("/new")
    public HttpResponse<?> newCourse() {
        return form(CourseForm.empty(), new FormErrors()).response();
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, FormData data) {
        CourseForm form = CourseForm.read(data);
        return ResultPages.answer(training.create(Visitor.of(request).staff(), form.request()),
                id -> HttpResponse.seeOther(URI.create("/staff/training?done=created")),
                problems -> form(form, FormErrors.of(problems)).response());
    }

    @Get("/{courseId}")
    public HttpResponse<?> course(HttpRequest<?> request, @PathVariable long courseId, @Nullable @QueryValue String done) {
        return ResultPages.answer(training.enrolled(Visitor.of(request).staff(), courseId),
                view -> Page.of("staff/training/course").with("course", view.course())
                        .with("enrolments", view.enrolments())
                        .with("sessions", view.sessions().stream().map(this::row).toList())
                        .with("done", done != null && DONE.contains(done) ? "training.staff.done." + done : null)
                        .with("cancelled", training.cancelled(courseId))
                        .with("cancellable", view.sessions().stream().allMatch(s -> s.startsAt().isAfter(Times.nowUtc(clock))))
                        .with("backLink", "/staff/training").response());
    }

    private static final List<String> DONE = List.of("sessionChanged", "sessionCancelled", "courseCancelled",
            "courseChanged");

    @Get("/{courseId}/change")
    public HttpResponse<?> changeCourseForm(HttpRequest<?> request, @PathVariable long courseId) {
        return ResultPages.answer(training.courseToCancel(Visitor.of(request).staff(), courseId),
                found -> changeCoursePage(found.course().id(), found.course().title(),
                        String.valueOf(found.course().capacity()), new FormErrors()).response());
    }

    @Post("/{courseId}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changeCourse(HttpRequest<?> request, @PathVariable long courseId, FormData form) {
        return ResultPages.answer(training.changeCourse(Visitor.of(request).staff(), courseId, form.get("title"),
                        form.get("capacity")),
                changed -> HttpResponse.seeOther(URI.create("/staff/training/" + courseId + "?done=courseChanged")),
                problems -> changeCoursePage(courseId, form.get("title"), form.get("capacity"), FormErrors.of(problems))
                        .response());
    }

    private static Page changeCoursePage(long courseId, String title, String capacity, FormErrors errors) {
        return Page.of("staff/training/change-course").with("courseTitle", title).with("capacity", capacity)
                .with("errors", errors).with("action", "/staff/training/" + courseId + "/change")
                .with("backLink", "/staff/training/" + courseId);
    }

    @Get("/{courseId}/cancel")
    public HttpResponse<?> cancelCourseForm(HttpRequest<?> request, @PathVariable long courseId) {
        return ResultPages.answer(training.courseToCancel(Visitor.of(request).staff(), courseId),
                found -> cancelCoursePage(found, new FormErrors()).response());
    }

    @Post("/{courseId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancelCourse(HttpRequest<?> request, @PathVariable long courseId) {
        var me = Visitor.of(request).staff();
        return ResultPages.answer(training.courseToCancel(me, courseId), found ->
                ResultPages.answer(training.cancelCourse(me, courseId),
                        told -> HttpResponse.seeOther(URI.create("/staff/training/" + courseId + "?done=courseCancelled")),
                        problems -> cancelCoursePage(found, FormErrors.of(problems)).response()));
    }

    private static Page cancelCoursePage(Training.CourseToCancel found, FormErrors errors) {
        return Page.of("staff/training/cancel-course").with("course", found.course()).with("enrolled", found.enrolled())
                .with("errors", errors).with("action", "/staff/training/" + found.course().id() + "/cancel")
                .with("backLink", "/staff/training/" + found.course().id());
    }

    /** What the people who came said about the course: anonymous, and only once enough have answered. */
    @Get("/{courseId}/feedback")
    public HttpResponse<?> feedback(HttpRequest<?> request, @PathVariable long courseId) {
        return ResultPages.answer(feedback.results(Visitor.of(request).staff(), Feedback.Kind.COURSE, courseId),
                shown -> FeedbackResults.page(shown, "/staff/training/" + courseId).response());
    }

    SessionRow row(TrainingSession s) {
        return new SessionRow(s.id(), DisplayDates.moment(s.startsAt()),
                s.joiningLink() != null ? s.joiningLink() : s.venueAddress(), s.startsAt().isAfter(Times.nowUtc(clock)));
    }

    @Get("/sessions/{sessionId}/change")
    public HttpResponse<?> sessionForm(HttpRequest<?> request, @PathVariable long sessionId) {
        return ResultPages.answer(training.sessionToChange(Visitor.of(request).staff(), sessionId),
                found -> changePage(found, CourseForm.row(found.boxes()), new FormErrors()).response());
    }

    @Post("/sessions/{sessionId}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changeSession(HttpRequest<?> request, @PathVariable long sessionId, FormData form) {
        var me = Visitor.of(request).staff();
        return ResultPages.answer(training.sessionToChange(me, sessionId), found -> {
            CourseForm.SessionRow typed = CourseForm.row(form, found.boxes().number());
            return ResultPages.answer(training.changeSession(me, sessionId, CourseForm.request(typed)),
                    changed -> HttpResponse.seeOther(URI.create("/staff/training/" + changed.courseId()
                            + "?done=sessionChanged")),
                    problems -> changePage(found, typed, FormErrors.of(problems)).response());
        });
    }

    @Get("/sessions/{sessionId}/cancel")
    public HttpResponse<?> cancelForm(HttpRequest<?> request, @PathVariable long sessionId) {
        return ResultPages.answer(training.sessionToChange(Visitor.of(request).staff(), sessionId),
                found -> cancelPage(found, new FormErrors()).response());
    }

    @Post("/sessions/{sessionId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancelSession(HttpRequest<?> request, @PathVariable long sessionId) {
        var me = Visitor.of(request).staff();
        return ResultPages.answer(training.sessionToChange(me, sessionId), found ->
                ResultPages.answer(training.cancelSession(me, sessionId),
                        course -> HttpResponse.seeOther(URI.create("/staff/training/" + course.id()
                                + "?done=sessionCancelled")),
                        problems -> cancelPage(found, FormErrors.of(problems)).response()));
    }

    private static Page changePage(Training.SessionToChange found, CourseForm.SessionRow row, FormErrors errors) {
        return Page.of("staff/training/change-session").with("course", found.course()).with("row", row)
                .with("errors", errors).with("action", "/staff/training/sessions/" + found.session().id() + "/change")
                .with("backLink", "/staff/training/" + found.course().id());
    }

    private static Page cancelPage(Training.SessionToChange found, FormErrors errors) {
        return Page.of("staff/training/cancel-session").with("course", found.course()).with("errors", errors)
                .with("when", DisplayDates.moment(found.session().startsAt()))
                .with("action", "/staff/training/sessions/" + found.session().id() + "/cancel")
                .with("backLink", "/staff/training/" + found.course().id());
    }

    @Get("/sessions/{sessionId}/register")
    public HttpResponse<?> register(HttpRequest<?> request, @PathVariable long sessionId, @Nullable @QueryValue String saved) {
        return ResultPages.answer(training.register(Visitor.of(request).staff(), sessionId),
                register -> Page.of("staff/training/register").with("course", register.course())
                        .with("session", row(register.session())).with("enrolments", register.enrolments())
                        .with("marks", register.marks()).with("saved", saved != null)
                        .with("backLink", "/staff/training/" + register.course().id()).response());
    }

    @Get(value = "/sessions/{sessionId}/register.csv", produces = "text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable long sessionId) {
        return ResultPages.answer(training.download(Visitor.of(request).staff(), sessionId), register -> {
            Map<Long, String> marks = register.marks();
            List<String> header = List.of(words.of("events.register.col.email"),
                    words.of("events.register.col.attendance"));
            List<List<String>> rows = register.enrolments().stream().map(e -> List.of(e.email(),
                    marks.get(e.id()) == null ? "" : words.of("events.register.attendance." + marks.get(e.id()))))
                    .toList();
            return HttpResponse.ok(RegisterCsv.of(header, rows).getBytes(StandardCharsets.UTF_8))
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"training-register-" + sessionId + ".csv\"");
        });
    }

    @Post("/sessions/{sessionId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> mark(HttpRequest<?> request, @PathVariable long sessionId, FormData form) {
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        form.fields().keySet().stream().filter(name -> name.matches("attendance-\\d{1,18}")).forEach(name -> {
            String value = form.get(name);
            if (value.equals("ATTENDED") || value.equals("DID_NOT_ATTEND")) {
                marks.put(Long.valueOf(name.substring("attendance-".length())), value.equals("ATTENDED"));
            }
        });
        return ResultPages.answer(training.markAttendance(Visitor.of(request).staff(), sessionId, marks),
                completed -> HttpResponse.seeOther(URI.create("/staff/training/sessions/" + sessionId + "/register?saved=1")));
    }

    private Page form(CourseForm form, FormErrors errors) {
        return Page.of("staff/training/form").with("form", form).with("errors", errors)
                .with("stageChoices", Arrays.stream(TrainingStage.values())
                        .map(s -> Choice.of(s.name(), "training.stage." + s.name())).toList())
                .with("backLink", "/staff/training");
    }
}
