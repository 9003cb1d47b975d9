package uk.frontdoor.staff.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.training.CoursePlan;
import uk.frontdoor.core.training.SessionPlan;
import uk.frontdoor.core.training.TrainingStage;
import uk.frontdoor.staff.events.EventForm;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/** A new course as staff typed it: up to {@link #SESSIONS} sessions; a session left wholly blank is not used. */
record CourseForm(String title, String stage, String capacity, List<SessionRow> sessions) {
    static final int SESSIONS = 4;

    record SessionRow(int number, String day, String month, String year, String start, String end, String venue) {
        boolean blank() {
            return (day + month + year + start + end + venue).isEmpty();
        }
    }

    static CourseForm empty() {
        List<SessionRow> rows = new ArrayList<>();
        for (int i = 1; i <= SESSIONS; i++) {
            rows.add(new SessionRow(i, "", "", "", "", "", ""));
        }
        return new CourseForm("", "", "", rows);
    }

    static CourseForm read(FormData f) {
        List<SessionRow> rows = new ArrayList<>();
        for (int i = 1; i <= SESSIONS; i++) {
            String n = "session" + i;
            rows.add(new SessionRow(i, f.get(n + "-day"), f.get(n + "-month"), f.get(n + "-year"), f.get(n + "Start"),
                    f.get(n + "End"), f.get(n + "Venue")));
        }
        return new CourseForm(f.get("title"), f.get("stage"), f.get("capacity"), rows);
    }

    Optional<CoursePlan> plan(FormErrors errors) {
        TrainingStage chosen = null;
        for (TrainingStage s : TrainingStage.values()) {
            if (s.name().equals(stage)) {
                chosen = s;
            }
        }
        FormErrors typing = new FormErrors();
        int cap = 1;
        if (capacity.isEmpty()) {
            typing.add("capacity", "training.error.capacityMissing");
        } else if (!capacity.matches("\\d{1,6}")) {
            typing.add("capacity", "training.error.capacityInvalid");
        } else {
            cap = Integer.parseInt(capacity);
        }
        List<SessionPlan> plans = new ArrayList<>();
        for (SessionRow row : sessions) {
            if (row.blank()) {
                continue;
            }
            String n = "session" + row.number();
            Optional<LocalDate> date = EventForm.date(row.day(), row.month(), row.year());
            Optional<LocalTime> start = EventForm.time(row.start());
            Optional<LocalTime> end = EventForm.time(row.end());
            if (date.isEmpty()) {
                typing.add(n, "training.error.dateInvalid");
            }
            if (start.isEmpty()) {
                typing.add(n + "Start", "training.error.timeInvalid");
            }
            if (end.isEmpty()) {
                typing.add(n + "End", "training.error.timeInvalid");
            }
            if (date.isPresent() && start.isPresent() && end.isPresent()) {
                String venue = row.venue();
                boolean link = venue.startsWith("http");
                plans.add(new SessionPlan(EventForm.utc(date.get().atTime(start.get())),
                        EventForm.utc(date.get().atTime(end.get())), link ? null : venue, link ? venue : null));
            } else {
                plans.add(null);
            }
        }
        List<Problem> ruleProblems = plans.contains(null) ? List.of()
                : new CoursePlan(title, chosen, cap, plans).problems();
        if (plans.contains(null)) {
            ruleProblems = new CoursePlan(title, chosen, cap, List.of()).problems().stream()
                    .filter(p -> !p.field().startsWith("session")).toList();
        }
        List<String> order = new ArrayList<>(List.of("title", "stage", "capacity"));
        for (int i = 1; i <= SESSIONS; i++) {
            order.addAll(List.of("session" + i, "session" + i + "Start", "session" + i + "End", "session" + i + "Venue"));
        }
        for (String field : order) {
            if (typing.has(field)) {
                errors.add(field, typing.get(field));
            }
            for (Problem p : ruleProblems) {
                if (p.field().equals(field) && !(field.equals("capacity") && typing.has("capacity"))) {
                    errors.add(field, p.messageKey());
                }
            }
        }
        return errors.isEmpty() ? Optional.of(new CoursePlan(title, chosen, cap, plans)) : Optional.empty();
    }
}
