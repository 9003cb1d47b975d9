package uk.frontdoor.core.training;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Preparation training: staff create courses of sessions for one stage; a person whose journey is in that stage
 * enrols on one course at a time (moving to another with places frees their old place); staff mark attendance per
 * session, and a person who attended every session of their course has completed it ({@link TrainingCompleted}).
 */
@Singleton
public class Training {
    private final Sql sql;
    private final Clock clock;
    private final Journeys journeys;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ApplicationEventPublisher<TrainingCompleted> completed;

    public Training(Sql sql, Clock clock, Journeys journeys, AuditLog audit, Outbox outbox,
                    ApplicationEventPublisher<TrainingCompleted> completed) {
        this.outbox = outbox;
        this.sql = sql;
        this.clock = clock;
        this.journeys = journeys;
        this.audit = audit;
        this.completed = completed;
    }

    /** Creates a course of sessions: every rule is checked here ({@link CourseRequest}); answers the course's id. */
    @Transactional
    public Result<Long> create(StaffMember me, CourseRequest request) {
        CourseRequest.Checked checked = request.check();
        if (!checked.problems().isEmpty()) {
            return Result.refused(checked.problems());
        }
        CoursePlan plan = checked.plan();
        long id = sql.insert("""
                INSERT INTO training_course (title, stage, capacity, places_taken, created_by, created_at)
                VALUES (?, ?, ?, 0, ?, ?)""", plan.title().trim(), plan.stage(), plan.capacity(), me.id(),
                Times.nowUtc(clock));
        for (SessionPlan s : plan.sessions()) {
            sql.insert("""
                    INSERT INTO training_session (course_id, starts_at, ends_at, venue_address, joining_link)
                    VALUES (?, ?, ?, ?, ?)""", id, s.startsAt(), s.endsAt(), blankToNull(s.venueAddress()),
                    blankToNull(s.joiningLink()));
        }
        audit.staff(me.id(), "CREATE_COURSE", Subject.TRAINING_COURSE, id, plan.title());
        return Result.done(id);
    }

    /** A course with its sessions and who is enrolled, as staff see it. */
    public record CourseView(Course course, List<TrainingSession> sessions, List<Enrolment> enrolments) {
    }

    /** A course and who is enrolled on it, to show: every view is audited. */
    @Transactional
    public Result<CourseView> enrolled(StaffMember me, long courseId) {
        Optional<Course> course = find(courseId);
        if (course.isEmpty()) {
            return Result.notFound();
        }
        List<Enrolment> enrolled = enrolments(courseId);
        audit.staff(me.id(), "VIEW_ENROLMENTS", Subject.TRAINING_COURSE, courseId, enrolled.size() + " enrolled");
        return Result.done(new CourseView(course.get(), sessions(courseId), enrolled));
    }

    /** One session's register: its course, who is enrolled, and each enrolment's mark (ATTENDED, DID_NOT_ATTEND). */
    public record SessionRegister(Course course, TrainingSession session, List<Enrolment> enrolments,
                                  Map<Long, String> marks) {
    }

    /** A session's register, to show: every view is audited. */
    @Transactional
    public Result<SessionRegister> register(StaffMember me, long sessionId) {
        return register(me, sessionId, "VIEW_REGISTER");
    }

    /** A session's register, to download: every download is audited. */
    @Transactional
    public Result<SessionRegister> download(StaffMember me, long sessionId) {
        return register(me, sessionId, "DOWNLOAD_REGISTER");
    }

    private Result<SessionRegister> register(StaffMember me, long sessionId, String action) {
        Optional<TrainingSession> session = session(sessionId);
        if (session.isEmpty()) {
            return Result.notFound();
        }
        Course course = find(session.get().courseId()).orElseThrow();
        List<Enrolment> enrolled = enrolments(course.id());
        audit.staff(me.id(), action, Subject.TRAINING_SESSION, sessionId, enrolled.size() + " enrolled");
        return Result.done(new SessionRegister(course, session.get(), enrolled, marks(sessionId)));
    }

    /** A session still to come, as the change form shows it: its course, its number in it and its boxes. */
    public record SessionToChange(Course course, TrainingSession session, CourseRequest.SessionRequest boxes) {
    }

    /** A session that has not started, to change or cancel; not found for one that has (or no such session). */
    public Result<SessionToChange> sessionToChange(StaffMember me, long sessionId) {
        Optional<TrainingSession> session = session(sessionId).filter(s -> s.startsAt().isAfter(Times.nowUtc(clock)));
        if (session.isEmpty() || !me.worksCases() || cancelled(session.get().courseId())) {
            return Result.notFound();
        }
        Course course = find(session.get().courseId()).orElseThrow();
        List<TrainingSession> all = sessions(course.id());
        CourseRequest current = CourseRequest.of(plan(course, all));
        return Result.done(new SessionToChange(course, session.get(), current.sessions().get(all.indexOf(session.get()))));
    }

    /**
     * Changes a session that has not started: the course's own rules for a session apply, and the new time must be
     * to come. Everyone enrolled is emailed, with the course's sessions as they now are in a calendar file; if the
     * time moved, the session's reminder goes again before its new day.
     */
    @Transactional
    public Result<TrainingSession> changeSession(StaffMember me, long sessionId, CourseRequest.SessionRequest typed) {
        Result<SessionToChange> found = sessionToChange(me, sessionId);
        if (!(found instanceof Result.Done<SessionToChange> done)) {
            return Result.notFound();
        }
        Course course = done.value().course();
        List<TrainingSession> all = sessions(course.id());
        int number = done.value().boxes().number();
        CourseRequest current = CourseRequest.of(plan(course, all));
        List<CourseRequest.SessionRequest> rows = new java.util.ArrayList<>(current.sessions());
        rows.set(number - 1, new CourseRequest.SessionRequest(number, typed.date(), typed.start(), typed.end(),
                typed.venue()));
        CourseRequest.Checked checked = new CourseRequest(course.title(), course.stage(),
                String.valueOf(course.capacity()), rows).check();
        if (checked.problems().isEmpty() && !checked.plan().sessions().get(number - 1).startsAt()
                .isAfter(Times.nowUtc(clock))) {
            return Result.refused("session" + number, "training.error.sessionInPast");
        }
        if (!checked.problems().isEmpty()) {
            return Result.refused(checked.problems());
        }
        SessionPlan plan = checked.plan().sessions().get(number - 1);
        TrainingSession before = done.value().session();
        sql.update("""
                UPDATE training_session SET starts_at = ?, ends_at = ?, venue_address = ?, joining_link = ? WHERE id = ?""",
                plan.startsAt(), plan.endsAt(), blankToNull(plan.venueAddress()), blankToNull(plan.joiningLink()),
                sessionId);
        if (!plan.startsAt().equals(before.startsAt())) {
            sql.update("DELETE FROM training_session_reminder WHERE session_id = ?", sessionId);
        }
        int told = tellEnrolled(course, EmailTemplate.TRAINING_SESSION_CHANGED, plan.startsAt(), plan.endsAt());
        audit.staff(me.id(), "CHANGE_SESSION", Subject.TRAINING_SESSION, sessionId, told + " enrolled emailed");
        return Result.done(session(sessionId).orElseThrow());
    }

    /**
     * Cancels a session that has not started: everyone enrolled is emailed. A course keeps at least one session, so
     * its only one cannot be cancelled. Answers the course.
     */
    @Transactional
    public Result<Course> cancelSession(StaffMember me, long sessionId) {
        Result<SessionToChange> found = sessionToChange(me, sessionId);
        if (!(found instanceof Result.Done<SessionToChange> done)) {
            return Result.notFound();
        }
        Course course = done.value().course();
        if (sessions(course.id()).size() == 1) {
            return Result.refused("session", "training.error.onlySession");
        }
        TrainingSession session = done.value().session();
        sql.update("DELETE FROM training_session_reminder WHERE session_id = ?", sessionId);
        sql.update("DELETE FROM training_session WHERE id = ?", sessionId);
        // the row is gone when the email is sent: its calendar entry's UID and times go with it, to cancel it
        int told = tellEnrolled(course, EmailTemplate.TRAINING_SESSION_CANCELLED, session.startsAt(), session.endsAt(),
                Map.of("sessionId", String.valueOf(sessionId), "startsAt", session.startsAt().toString(),
                        "endsAt", session.endsAt().toString()));
        audit.staff(me.id(), "CANCEL_SESSION", Subject.TRAINING_SESSION, sessionId, told + " enrolled emailed");
        return Result.done(course);
    }

    /**
     * Cancels a whole course whose first session has not started: everyone enrolled is emailed and their place freed
     * (they can choose another course), the sessions' reminders are dropped, and the course is offered to no one
     * again. Not found for a course there is not, one already cancelled, or someone who works no cases; refused once
     * it has started (cancel its later sessions instead). Answers how many were enrolled.
     */
    @Transactional
    public Result<Integer> cancelCourse(StaffMember me, long courseId) {
        Optional<Course> course = find(courseId);
        if (course.isEmpty() || !me.worksCases() || cancelled(courseId)) {
            return Result.notFound();
        }
        if (sessions(courseId).stream().anyMatch(s -> !s.startsAt().isAfter(Times.nowUtc(clock)))) {
            return Result.refused("course", "training.error.courseStarted");
        }
        LocalDateTime now = Times.nowUtc(clock);
        if (sql.update("UPDATE training_course SET cancelled_at = ?, cancelled_by = ?, places_taken = 0 "
                + "WHERE id = ? AND cancelled_at IS NULL", now, me.id(), courseId) == 0) {
            return Result.notFound(); // someone else cancelled it a moment ago
        }
        List<TrainingSession> sessions = sessions(courseId);
        TrainingSession first = sessions.get(0);
        TrainingSession last = sessions.get(sessions.size() - 1);
        int told = tellEnrolled(course.get(), EmailTemplate.TRAINING_COURSE_CANCELLED, first.startsAt(), last.endsAt());
        sql.update("""
                UPDATE training_enrolment SET status = 'CANCELLED', active_applicant_id = NULL, ended_at = ?
                WHERE course_id = ? AND status = 'ENROLLED'""", now, courseId);
        sql.update("""
                DELETE r FROM training_session_reminder r JOIN training_session s ON s.id = r.session_id
                WHERE s.course_id = ?""", courseId);
        audit.staff(me.id(), "CANCEL_COURSE", Subject.TRAINING_COURSE, courseId, told + " enrolled emailed");
        return Result.done(told);
    }

    /**
     * Changes a course's title or number of places, before or during the course (not once cancelled): the same rules as
     * a new course's, and never fewer places than are taken. When the title changes everyone enrolled is emailed, with
     * their sessions under the new title in a calendar file. Answers the course as it now is.
     */
    @Transactional
    public Result<Course> changeCourse(StaffMember me, long courseId, String title, String capacity) {
        Optional<Course> found = find(courseId);
        if (found.isEmpty() || !me.worksCases() || cancelled(courseId)) {
            return Result.notFound();
        }
        Course course = found.get();
        CourseRequest current = CourseRequest.of(plan(course, sessions(courseId)));
        CourseRequest.Checked checked = new CourseRequest(title, course.stage(), capacity, current.sessions()).check();
        List<Problem> problems = new java.util.ArrayList<>(checked.problems().stream()
                .filter(p -> p.field().equals("title") || p.field().equals("capacity")).toList());
        // the places taken are read under the course row's lock, so an enrolment cannot slip in between
        int taken = sql.one("SELECT places_taken FROM training_course WHERE id = ? FOR UPDATE", rs -> rs.getInt(1),
                courseId).orElseThrow();
        int places = checked.plan().capacity();
        if (problems.stream().noneMatch(p -> p.field().equals("capacity")) && places < taken) {
            problems.add(new Problem("capacity", "training.error.capacityBelowTaken", List.of(String.valueOf(taken))));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        String newTitle = checked.plan().title().trim();
        if (newTitle.equals(course.title()) && places == course.capacity()) {
            return Result.done(course);
        }
        sql.update("UPDATE training_course SET title = ?, capacity = ? WHERE id = ?", newTitle, places, courseId);
        Course changed = find(courseId).orElseThrow();
        int told = 0;
        if (!newTitle.equals(course.title())) {
            List<TrainingSession> all = sessions(courseId);
            told = tellEnrolled(changed, EmailTemplate.TRAINING_COURSE_CHANGED, all.get(0).startsAt(),
                    all.get(all.size() - 1).endsAt());
        }
        audit.staff(me.id(), "CHANGE_COURSE", Subject.TRAINING_COURSE, courseId, course.title() + " (" + course.capacity()
                + " places) -> " + newTitle + " (" + places + " places); " + told + " enrolled emailed");
        return Result.done(changed);
    }

    /** A course that may still be cancelled, as the confirmation page shows it: how many would be emailed. */
    public record CourseToCancel(Course course, int enrolled) {
    }

    /** A course not yet cancelled, to confirm its cancellation; not found as {@link #cancelCourse} is. */
    public Result<CourseToCancel> courseToCancel(StaffMember me, long courseId) {
        Optional<Course> course = find(courseId);
        if (course.isEmpty() || !me.worksCases() || cancelled(courseId)) {
            return Result.notFound();
        }
        return Result.done(new CourseToCancel(course.get(), (int) sql.count(
                "SELECT COUNT(*) FROM training_enrolment WHERE course_id = ? AND status = 'ENROLLED'", courseId)));
    }

    /** Whether the course was cancelled (a cancelled course is still shown to staff, marked so). */
    public boolean cancelled(long courseId) {
        return sql.count("SELECT COUNT(*) FROM training_course WHERE id = ? AND cancelled_at IS NOT NULL", courseId) > 0;
    }

    private int tellEnrolled(Course course, EmailTemplate template, LocalDateTime startsAt, LocalDateTime endsAt) {
        return tellEnrolled(course, template, startsAt, endsAt, Map.of());
    }

    private int tellEnrolled(Course course, EmailTemplate template, LocalDateTime startsAt, LocalDateTime endsAt,
                             Map<String, String> more) {
        record Enrolled(long id, String email) { }
        List<Enrolled> enrolled = sql.list("""
                SELECT e.id, a.email FROM training_enrolment e JOIN applicant_account a ON a.id = e.applicant_id
                WHERE e.course_id = ? AND e.status = 'ENROLLED'""", rs -> new Enrolled(rs.getLong(1), rs.getString(2)),
                course.id());
        String when = uk.frontdoor.core.events.EventWhen.between(startsAt, endsAt);
        enrolled.forEach(e -> {
            Map<String, String> params = new java.util.HashMap<>(more);
            params.putAll(Map.of("course", course.title(), "when", when, "enrolmentId", String.valueOf(e.id())));
            outbox.enqueue(e.email(), template, params);
        });
        return enrolled.size();
    }

    private static CoursePlan plan(Course course, List<TrainingSession> sessions) {
        return new CoursePlan(course.title(), course.stage(), course.capacity(), sessions.stream()
                .map(s -> new SessionPlan(s.startsAt(), s.endsAt(), s.venueAddress(), s.joiningLink())).toList());
    }

    private static final String COURSE = "SELECT id, title, stage, capacity, places_taken FROM training_course ";

    private static Course course(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Course(rs.getLong(1), rs.getString(2), TrainingStage.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5));
    }

    public Optional<Course> find(long courseId) {
        return sql.one(COURSE + "WHERE id = ?", Training::course, courseId);
    }

    public List<Course> all() {
        return sql.list(COURSE + "ORDER BY id DESC LIMIT 200", Training::course);
    }

    /** Courses of a stage whose first session is still to come. */
    public List<Course> open(TrainingStage stage) {
        return sql.list(COURSE + """
                c WHERE stage = ? AND cancelled_at IS NULL AND (SELECT MIN(starts_at) FROM training_session s WHERE s.course_id = c.id) > ?
                ORDER BY id""", Training::course, stage, Times.nowUtc(clock));
    }

    public List<TrainingSession> sessions(long courseId) {
        return sql.list("""
                SELECT id, course_id, starts_at, ends_at, venue_address, joining_link FROM training_session
                WHERE course_id = ? ORDER BY starts_at, id""",
                rs -> new TrainingSession(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class), rs.getString(5), rs.getString(6)), courseId);
    }

    public Optional<TrainingSession> session(long sessionId) {
        return sql.one("""
                SELECT id, course_id, starts_at, ends_at, venue_address, joining_link FROM training_session WHERE id = ?""",
                rs -> new TrainingSession(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class), rs.getString(5), rs.getString(6)), sessionId);
    }

    /** Where a person stands: the stage their journey is in (if any), and the course they are enrolled on. */
    public record Standing(Optional<Journey> journey, Optional<TrainingStage> stage, Optional<Course> enrolledOn,
                           boolean completed) { }

    public Standing standing(Applicant applicant) {
        Optional<Journey> journey = journeys.current(applicant);
        Optional<TrainingStage> stage = journey.flatMap(j -> TrainingStage.forJourney(j.state()));
        Optional<Course> enrolled = sql.one(COURSE.replace("FROM training_course ", "FROM training_course c ")
                .replace("SELECT id, title, stage, capacity, places_taken", "SELECT c.id, c.title, c.stage, c.capacity, c.places_taken")
                + "JOIN training_enrolment e ON e.course_id = c.id WHERE e.active_applicant_id = ?", Training::course,
                applicant.id());
        boolean completed = sql.count("""
                SELECT COUNT(*) FROM training_enrolment WHERE active_applicant_id = ? AND completed_at IS NOT NULL""",
                applicant.id()) > 0;
        return new Standing(journey, stage, enrolled, completed);
    }

    public sealed interface Enrolled {
        record Done(long courseId) implements Enrolled { }
        record Full() implements Enrolled { }
        record WrongStage() implements Enrolled { }
        record AlreadyOnIt() implements Enrolled { }
        record NoSuchCourse() implements Enrolled { }
    }

    /**
     * Enrols the person on a course of their journey's stage, taking a place with one conditional UPDATE. If they were
     * on another course, they move: the old place is freed in the same transaction.
     */
    @Transactional
    public Enrolled enrol(Applicant applicant, long courseId) {
        Optional<Course> course = find(courseId);
        if (course.isEmpty() || cancelled(courseId)) {
            return new Enrolled.NoSuchCourse();
        }
        Optional<Journey> journey = journeys.current(applicant);
        if (journey.isEmpty() || TrainingStage.forJourney(journey.get().state()).filter(s -> s == course.get().stage()).isEmpty()) {
            return new Enrolled.WrongStage();
        }
        record Current(long id, long courseId) { }
        Optional<Current> current = sql.one("""
                SELECT id, course_id FROM training_enrolment WHERE active_applicant_id = ?""",
                rs -> new Current(rs.getLong(1), rs.getLong(2)), applicant.id());
        if (current.isPresent() && current.get().courseId() == courseId) {
            return new Enrolled.AlreadyOnIt();
        }
        if (sql.update("UPDATE training_course SET places_taken = places_taken + 1 WHERE id = ? AND places_taken < capacity",
                courseId) == 0) {
            return new Enrolled.Full();
        }
        LocalDateTime now = Times.nowUtc(clock);
        if (current.isPresent()) {
            // no gap locks on the enrolment index (they deadlock under a rush): the course row's lock orders enrolments
            // on one course, and the unique active_applicant_id stops one person holding two places
            sql.update("UPDATE training_enrolment SET status = 'MOVED', active_applicant_id = NULL, ended_at = ? WHERE id = ?",
                    now, current.get().id());
            sql.update("UPDATE training_course SET places_taken = places_taken - 1 WHERE id = ?", current.get().courseId());
        }
        long enrolment = sql.insert("""
                INSERT INTO training_enrolment (course_id, applicant_id, journey_id, status, active_applicant_id, enrolled_at)
                VALUES (?, ?, ?, 'ENROLLED', ?, ?)""", courseId, applicant.id(), journey.get().id(), applicant.id(), now);
        outbox.enqueue(applicant.email(), EmailTemplate.TRAINING_ENROLLED,
                Map.of("course", course.get().title(), "enrolmentId", String.valueOf(enrolment)));
        audit.applicant(applicant.id(), current.isPresent() ? "MOVE_COURSE" : "ENROL_COURSE", Subject.TRAINING_COURSE,
                courseId, null);
        return new Enrolled.Done(courseId);
    }

    private List<Enrolment> enrolments(long courseId) {
        return sql.list("""
                SELECT e.id, e.course_id, e.applicant_id, e.journey_id, a.email FROM training_enrolment e
                JOIN applicant_account a ON a.id = e.applicant_id WHERE e.course_id = ? AND e.status = 'ENROLLED'
                ORDER BY a.email""",
                rs -> new Enrolment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)), courseId);
    }

    /** Each enrolment's mark for a session: ATTENDED or DID_NOT_ATTEND. */
    private Map<Long, String> marks(long sessionId) {
        Map<Long, String> marks = new java.util.HashMap<>();
        sql.list("SELECT enrolment_id, attendance FROM training_attendance WHERE session_id = ?",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)), sessionId).forEach(e -> marks.put(e.getKey(), e.getValue()));
        return marks;
    }

    /**
     * Staff mark a session's attendance. Anyone now marked as attending every session of the course has completed it:
     * that is recorded once (a conditional UPDATE) and announced as {@link TrainingCompleted}, inside this
     * transaction (a listener that must act only after the commit uses {@code @TransactionalEventListener}).
     * Answers the journeys whose training was completed by this marking; not found if there is no such session.
     */
    @Transactional
    public Result<List<Long>> markAttendance(StaffMember me, long sessionId, Map<Long, Boolean> attended) {
        Optional<TrainingSession> found = session(sessionId);
        if (found.isEmpty()) {
            return Result.notFound();
        }
        TrainingSession session = found.get();
        long staffId = me.id();
        LocalDateTime now = Times.nowUtc(clock);
        List<Long> completedJourneys = new java.util.ArrayList<>();
        long sessionsInCourse = sql.count("SELECT COUNT(*) FROM training_session WHERE course_id = ?", session.courseId());
        for (var mark : attended.entrySet()) {
            long enrolmentId = mark.getKey();
            if (sql.count("SELECT COUNT(*) FROM training_enrolment WHERE id = ? AND course_id = ? AND status = 'ENROLLED'",
                    enrolmentId, session.courseId()) == 0) {
                continue;
            }
            sql.update("""
                    INSERT INTO training_attendance (enrolment_id, session_id, attendance, marked_by, marked_at)
                    VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attendance = VALUES(attendance),
                      marked_by = VALUES(marked_by), marked_at = VALUES(marked_at)""",
                    enrolmentId, sessionId, mark.getValue() ? "ATTENDED" : "DID_NOT_ATTEND", staffId, now);
            long attendedAll = sql.count("""
                    SELECT COUNT(*) FROM training_attendance WHERE enrolment_id = ? AND attendance = 'ATTENDED'""", enrolmentId);
            if (attendedAll == sessionsInCourse && sql.update("""
                    UPDATE training_enrolment SET completed_at = ? WHERE id = ? AND completed_at IS NULL""", now, enrolmentId) == 1) {
                completedJourneys.add(sql.count("SELECT journey_id FROM training_enrolment WHERE id = ?", enrolmentId));
            }
        }
        audit.staff(staffId, "MARK_TRAINING_ATTENDANCE", Subject.TRAINING_SESSION, sessionId, attended.size() + " marked");
        completedJourneys.forEach(journeyId -> completed.publishEvent(new TrainingCompleted(journeyId)));
        return Result.done(completedJourneys);
    }

    /** Whether this enrolment has been marked as attending every session. */
    public boolean completed(long enrolmentId) {
        return sql.count("SELECT COUNT(*) FROM training_enrolment WHERE id = ? AND completed_at IS NOT NULL", enrolmentId) == 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
