package uk.frontdoor.staff.training;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.training.Course;
import uk.frontdoor.core.training.CoursePlan;
import uk.frontdoor.core.training.Enrolment;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.core.training.TrainingSession;
import uk.frontdoor.core.training.TrainingStage;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.RegisterCsv;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/** Staff create preparation courses, see who is enrolled, and keep each session's attendance register. */
@Controller("/staff/training")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.ADMINISTRATOR})
public class TrainingController {
    private final Training training;
    private final AuditLog audit;
    private final StaffWords words;

    public TrainingController(Training training, AuditLog audit, StaffWords words) {
        this.training = training;
        this.audit = audit;
        this.words = words;
    }

    public record SessionRow(long id, String when, String where) { }

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
        FormErrors errors = new FormErrors();
        Optional<CoursePlan> plan = form.plan(errors);
        if (plan.isPresent()) {
            Training.Created created = training.create(plan.get(), Visitor.of(request).staff().id());
            if (created instanceof Training.Created.Done) {
                return HttpResponse.seeOther(URI.create("/staff/training?done=created"));
            }
            ((Training.Created.Refused) created).problems().forEach(p -> errors.add(p.field(), p.messageKey()));
        }
        return form(form, errors).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
    }

    @Get("/{courseId}")
    public HttpResponse<?> course(HttpRequest<?> request, @PathVariable long courseId) {
        Optional<Course> course = training.find(courseId);
        if (course.isEmpty()) {
            return notFound();
        }
        List<Enrolment> enrolled = training.enrolments(courseId);
        audit.staff(Visitor.of(request).staff().id(), "VIEW_ENROLMENTS", "TRAINING_COURSE", courseId, enrolled.size() + " enrolled");
        return Page.of("staff/training/course").with("course", course.get()).with("enrolments", enrolled)
                .with("sessions", training.sessions(courseId).stream().map(TrainingController::row).toList())
                .with("backLink", "/staff/training").response();
    }

    static SessionRow row(TrainingSession s) {
        return new SessionRow(s.id(), DisplayDates.moment(s.startsAt()),
                s.joiningLink() != null ? s.joiningLink() : s.venueAddress());
    }

    @Get("/sessions/{sessionId}/register")
    public HttpResponse<?> register(HttpRequest<?> request, @PathVariable long sessionId, @Nullable @QueryValue String saved) {
        Optional<TrainingSession> session = training.session(sessionId);
        if (session.isEmpty()) {
            return notFound();
        }
        Course course = training.find(session.get().courseId()).orElseThrow();
        List<Enrolment> enrolled = training.enrolments(course.id());
        audit.staff(Visitor.of(request).staff().id(), "VIEW_REGISTER", "TRAINING_SESSION", sessionId, enrolled.size() + " enrolled");
        return Page.of("staff/training/register").with("course", course).with("session", row(session.get()))
                .with("enrolments", enrolled).with("marks", training.marks(sessionId)).with("saved", saved != null)
                .with("backLink", "/staff/training/" + course.id()).response();
    }

    @Get(value = "/sessions/{sessionId}/register.csv", produces = "text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable long sessionId) {
        Optional<TrainingSession> session = training.session(sessionId);
        if (session.isEmpty()) {
            return notFound();
        }
        List<Enrolment> enrolled = training.enrolments(session.get().courseId());
        Map<Long, String> marks = training.marks(sessionId);
        audit.staff(Visitor.of(request).staff().id(), "DOWNLOAD_REGISTER", "TRAINING_SESSION", sessionId,
                enrolled.size() + " enrolled");
        List<String> header = List.of(words.of("events.register.col.email"), words.of("events.register.col.attendance"));
        List<List<String>> rows = enrolled.stream().map(e -> List.of(e.email(),
                marks.get(e.id()) == null ? "" : words.of("events.register.attendance." + marks.get(e.id())))).toList();
        return HttpResponse.ok(RegisterCsv.of(header, rows).getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"training-register-" + sessionId + ".csv\"");
    }

    @Post("/sessions/{sessionId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> mark(HttpRequest<?> request, @PathVariable long sessionId, FormData form) {
        Optional<TrainingSession> session = training.session(sessionId);
        if (session.isEmpty()) {
            return notFound();
        }
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        for (Enrolment e : training.enrolments(session.get().courseId())) {
            String value = form.get("attendance-" + e.id());
            if (value.equals("ATTENDED") || value.equals("DID_NOT_ATTEND")) {
                marks.put(e.id(), value.equals("ATTENDED"));
            }
        }
        training.markAttendance(sessionId, marks, Visitor.of(request).staff().id());
        return HttpResponse.seeOther(URI.create("/staff/training/sessions/" + sessionId + "/register?saved=1"));
    }

    private Page form(CourseForm form, FormErrors errors) {
        return Page.of("staff/training/form").with("form", form).with("errors", errors)
                .with("stageChoices", Arrays.stream(TrainingStage.values())
                        .map(s -> Choice.of(s.name(), "training.stage." + s.name())).toList())
                .with("backLink", "/staff/training");
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
