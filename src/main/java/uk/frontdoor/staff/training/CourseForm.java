package uk.frontdoor.staff.training;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.calendar.TypedTime;
import uk.frontdoor.core.training.CourseRequest;
import uk.frontdoor.core.training.TrainingStage;
import uk.frontdoor.web.form.FormData;

/**
 * A new course as staff typed it (shown again as typed when core refuses it): up to {@link #SESSIONS} sessions.
 * {@link #request()} binds it for {@code Training}, which checks every rule.
 */
record CourseForm(String title, String stage, String capacity, List<SessionRow> sessions) {
    static final int SESSIONS = 4;

    record SessionRow(int number, TypedDate date, String start, String end, String venue) {
    }

    static CourseForm empty() {
        List<SessionRow> rows = new ArrayList<>();
        for (int i = 1; i <= SESSIONS; i++) {
            rows.add(new SessionRow(i, TypedDate.blank(), "", "", ""));
        }
        return new CourseForm("", "", "", rows);
    }

    static CourseForm read(FormData f) {
        List<SessionRow> rows = new ArrayList<>();
        for (int i = 1; i <= SESSIONS; i++) {
            rows.add(row(f, i));
        }
        return new CourseForm(f.get("title"), f.get("stage"), f.get("capacity"), rows);
    }

    /** Session {@code number}'s boxes as typed. */
    static SessionRow row(FormData f, int number) {
        String n = "session" + number;
        return new SessionRow(number, f.date(n), f.get(n + "Start"), f.get(n + "End"), f.get(n + "Venue"));
    }

    /** A stored session's boxes, to show in the change form. */
    static SessionRow row(CourseRequest.SessionRequest s) {
        return new SessionRow(s.number(), s.date(), s.start().typed(), s.end().typed(), s.venue());
    }

    static CourseRequest.SessionRequest request(SessionRow row) {
        return new CourseRequest.SessionRequest(row.number(), row.date(), new TypedTime(row.start()),
                new TypedTime(row.end()), row.venue());
    }

    CourseRequest request() {
        TrainingStage chosen = null;
        for (TrainingStage s : TrainingStage.values()) {
            if (s.name().equals(stage)) {
                chosen = s;
            }
        }
        return new CourseRequest(title, chosen, capacity, sessions.stream().map(CourseForm::request).toList());
    }
}
