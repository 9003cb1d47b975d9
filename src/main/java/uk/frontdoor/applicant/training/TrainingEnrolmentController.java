package uk.frontdoor.applicant.training;

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
import java.util.List;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.training.Course;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.core.training.TrainingSession;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/** A signed-in person chooses a preparation course of their stage, or moves to another with places. */
@Controller("/account/training")
@ApplicantOnly
public class TrainingEnrolmentController {
    private final Training training;

    public TrainingEnrolmentController(Training training) {
        this.training = training;
    }

    public record SessionLine(String when, String where) { }

    public record CourseCard(long id, String title, int placesLeft, boolean mine, List<SessionLine> sessions) { }

    /** What the account page and this page show: the course someone is on and its sessions, or why there is none. */
    public record Summary(String reasonKey, boolean canEnrol, CourseCard enrolledOn, boolean completed) { }

    public static Summary summary(Training training, Applicant applicant) {
        Training.Standing standing = training.standing(applicant);
        String reason = standing.journey().isEmpty() ? "training.account.reason.noJourney"
                : standing.stage().isEmpty() ? "training.account.reason." + standing.journey().get().state().name() : null;
        return new Summary(reason, standing.stage().isPresent(),
                standing.enrolledOn().map(c -> card(training, c, c.id())).orElse(null), standing.completed());
    }

    static CourseCard card(Training training, Course c, Long mine) {
        return new CourseCard(c.id(), c.title(), c.placesLeft(), mine != null && mine == c.id(),
                training.sessions(c.id()).stream().map(TrainingEnrolmentController::line).toList());
    }

    static SessionLine line(TrainingSession s) {
        return new SessionLine(EventWhen.moment(s.startsAt()), s.joiningLink() != null ? s.joiningLink() : s.venueAddress());
    }

    @Get
    public HttpResponse<?> courses(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return page(Visitor.of(request).applicant(), null).with("done", "enrolled".equals(done)).response();
    }

    @Post("/{courseId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enrol(HttpRequest<?> request, @PathVariable long courseId) {
        Applicant applicant = Visitor.of(request).applicant();
        Training.Enrolled result = training.enrol(applicant, courseId);
        if (result instanceof Training.Enrolled.Done || result instanceof Training.Enrolled.AlreadyOnIt) {
            return HttpResponse.seeOther(URI.create("/account/training?done=enrolled"));
        }
        if (result instanceof Training.Enrolled.NoSuchCourse) {
            return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
        }
        String problem = result instanceof Training.Enrolled.Full ? "training.account.full" : "training.account.wrongStage";
        return page(applicant, problem).status(HttpStatus.CONFLICT).response();
    }

    private Page page(Applicant applicant, String problem) {
        Summary summary = summary(training, applicant);
        Training.Standing standing = training.standing(applicant);
        Long mine = standing.enrolledOn().map(Course::id).orElse(null);
        List<CourseCard> courses = standing.stage().map(s -> training.open(s).stream()
                .map(c -> card(training, c, mine)).toList()).orElse(List.of());
        return Page.of("applicant/training/courses").with("summary", summary).with("courses", courses)
                .with("problem", problem).with("backLink", "/account");
    }
}
