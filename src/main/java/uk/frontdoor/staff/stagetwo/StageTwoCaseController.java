package uk.frontdoor.staff.stagetwo;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.RefusedTransition;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.Caseloads;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.stagetwo.StageTwoRecord;
import uk.frontdoor.core.stagetwo.StageTwoRecord.AdmDecision;
import uk.frontdoor.core.stagetwo.StageTwoRecord.PanelRecommendation;
import uk.frontdoor.core.stagetwo.StageTwoRefused;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * A journey's Stage Two as staff of its team see it (every view audited; other teams get a 404): the 4-month clock,
 * a form for each step (assessor, plan and target panel date, home visits, the report, comments received another
 * way, panel date, recommendation, the ADM's decision) and the history. POST/redirect/GET; 422 with the reason.
 */
@Controller("/staff/journeys/{id}/stage-two")
@StaffOnly
public class StageTwoCaseController {
    private static final List<Choice> RECOMMENDATIONS = List.of(
            Choice.of("SUITABLE", "staff.stageTwo.recommendation.SUITABLE"),
            Choice.of("NOT_SUITABLE", "staff.stageTwo.recommendation.NOT_SUITABLE"));
    private static final List<Choice> DECISIONS = List.of(
            Choice.of("APPROVED", "staff.stageTwo.decision.APPROVED"),
            Choice.of("NOT_SUITABLE", "staff.stageTwo.decision.NOT_SUITABLE"));

    /** The steps a "done" banner can name (each has a staff.stageTwo.done.<step> message). */
    private static final Set<String> STEPS = Set.of("assessor", "plan", "visit", "report", "comments", "panelDate",
            "recommendation", "decision");

    private final Caseloads cases;
    private final StageTwo stageTwo;
    private final Journeys journeys;
    private final AuditLog audit;
    private final ClockTags tags;
    private final StaffWords words;

    public StageTwoCaseController(Caseloads cases, StageTwo stageTwo, Journeys journeys, AuditLog audit,
                                  ClockTags tags, StaffWords words) {
        this.words = words;
        this.cases = cases;
        this.stageTwo = stageTwo;
        this.journeys = journeys;
        this.audit = audit;
        this.tags = tags;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        StaffMember me = Visitor.of(request).staff();
        Optional<Caseloads.Case> found = visible(id, me);
        if (found.isEmpty()) {
            return notFound();
        }
        audit.staff(me.id(), "VIEW_STAGE_TWO", StageTwo.SUBJECT_TYPE, id, null);
        return page(found.get(), Map.of(), new FormErrors())
                .with("done", done != null && STEPS.contains(done) ? "staff.stageTwo.done." + done : null)
                .response();
    }

    @Post("/assessor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assessor(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "assessor", (me, errors) -> {
            long worker = form.get("assessor").matches("\\d{1,18}") ? Long.parseLong(form.get("assessor")) : -1;
            stageTwo.assign(id, worker, me);
        });
    }

    @Post("/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> plan(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "plan", (me, errors) -> {
            DateFields.Read target = DateFields.date(form, "targetPanelDate");
            if (target instanceof DateFields.Problem problem) {
                if (form.get("plan").isEmpty()) {
                    errors.add("plan", "staff.stageTwo.plan.required");
                }
                errors.add("targetPanelDate", problem.messageKey());
                return;
            }
            stageTwo.plan(id, form.get("plan"), ((DateFields.Date) target).value(), me);
        });
    }

    @Post("/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> visit(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "visit", (me, errors) -> {
            DateFields.Read day = DateFields.date(form, "visit");
            LocalTime time = DateFields.time(form.get("visitTime"));
            if (day instanceof DateFields.Problem problem) {
                errors.add("visit", problem.messageKey());
            }
            if (time == null) {
                errors.add("visitTime", form.get("visitTime").isEmpty() ? "staff.stageTwo.visitTime.required"
                        : "staff.stageTwo.visitTime.real");
            }
            if (errors.isEmpty()) {
                stageTwo.scheduleVisit(id, ((DateFields.Date) day).value().atTime(time), form.get("visitNote"), me);
            }
        });
    }

    @Post("/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> shareReport(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "report", (me, errors) -> stageTwo.shareReport(id, me));
    }

    @Post("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> comments(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "comments", (me, errors) -> {
            if (!me.has(Role.SOCIAL_WORKER) && !me.has(Role.TEAM_MANAGER)) {
                errors.add("comments", "staff.stageTwo.role.assessor");
                return;
            }
            stageTwo.recordComments(id, form.get("comments"), JourneyActorIdentity.staff(me));
        });
    }

    @Post("/panel-date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> panelDate(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "panelDate", (me, errors) -> {
            DateFields.Read panel = DateFields.date(form, "panelDate");
            if (panel instanceof DateFields.Problem problem) {
                errors.add("panelDate", problem.messageKey());
                return;
            }
            stageTwo.panelDate(id, ((DateFields.Date) panel).value(), me);
        });
    }

    @Post("/recommendation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recommendation(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "recommendation", (me, errors) -> stageTwo.recommendation(id,
                oneOf(PanelRecommendation.class, form.get("recommendation")), me));
    }

    @Post("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decision(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return act(request, id, form, "decision", (me, errors) -> {
            AdmDecision decision = oneOf(AdmDecision.class, form.get("decision"));
            DateFields.Read decided = DateFields.date(form, "decidedOn");
            if (!me.has(Role.TEAM_MANAGER)) {
                errors.add("decision", "staff.stageTwo.decision.role");
                return;
            }
            if (decision == null) {
                errors.add("decision", "staff.stageTwo.decision.required");
            }
            if (decided instanceof DateFields.Problem problem) {
                errors.add("decidedOn", problem.messageKey());
            }
            if (errors.isEmpty()) {
                stageTwo.decide(id, decision, ((DateFields.Date) decided).value(), me);
            }
        });
    }

    private interface Step {
        void run(StaffMember me, FormErrors errors);
    }

    /** Runs a step for staff who may see the journey: redirect when done, the page with the reason (422) if not. */
    private HttpResponse<?> act(HttpRequest<?> request, long id, FormData form, String field, Step step) {
        StaffMember me = Visitor.of(request).staff();
        if (visible(id, me).isEmpty()) {
            return notFound();
        }
        FormErrors errors = new FormErrors();
        try {
            step.run(me, errors);
        } catch (StageTwoRefused refused) {
            errors.add(refused.problem().field(), refused.problem().messageKey());
        } catch (RefusedTransition refused) {
            errors.add(field, "staff.stageTwo.notNow");
        }
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/staff/journeys/" + id + "/stage-two?done=" + field));
        }
        Map<String, String> typed = new HashMap<>();
        form.fields().forEach((k, v) -> typed.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip()));
        return page(visible(id, me).orElseThrow(), typed, errors).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
    }

    private Optional<Caseloads.Case> visible(long id, StaffMember me) {
        return cases.find(id).filter(c -> me.canSeeTeam(c.teamId()));
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** Whether a step's form is on the page, and the fields it shows (an error for any other needs its own place). */
    private static void open(Page page, Set<String> shown, String flag, boolean open, String... fields) {
        page.with(flag, open);
        if (open) {
            shown.addAll(List.of(fields));
        }
    }

    private Page page(Caseloads.Case c, Map<String, String> typed, FormErrors errors) {
        StageTwoRecord record = stageTwo.find(c.journeyId()).orElse(null);
        JourneyState state = c.state();
        LocalDate today = stageTwo.today();
        boolean inStageTwo = state == JourneyState.STAGE_TWO;
        boolean atPanel = state == JourneyState.AWAITING_PANEL;
        boolean shared = record != null && record.reportShared();
        List<SelectOption> workers = new ArrayList<>();
        workers.add(new SelectOption("", ""));
        stageTwo.assessors(c.teamId()).forEach(w -> workers.add(new SelectOption(String.valueOf(w.id()), w.displayName())));
        List<String> history = journeys.history(c.journeyId()).stream()
                .map(line -> words.of("staff.stageTwo.historyLine", DisplayDates.moment(line.at()),
                        words.of("staff.journeyEvent." + line.event().name()), words.of(ClockTags.stageKey(line.from())),
                        words.of(ClockTags.stageKey(line.to())))
                        + (line.detail() == null ? "" : " (" + line.detail() + ")"))
                .toList();
        Page page = Page.of("staff/stagetwo/stage-two")
                .with("case", c).with("record", record)
                .with("stageTag", tags.stage(state))
                .with("clockTag", (inStageTwo || atPanel) ? tags.clock(c.clockState()) : null)
                .with("clockDue", (inStageTwo || atPanel) && c.due() != null ? DisplayDates.day(c.due()) : null)
                .with("notifiedOn", record == null ? null : DisplayDates.day(record.notifiedOn()))
                .with("targetPanelDate", record == null ? null : DisplayDates.day(record.targetPanelDate()))
                .with("parSharedOn", record == null ? null : DisplayDates.day(record.parSharedOn()))
                .with("commentsDue", record == null ? null : DisplayDates.day(record.commentsDue()))
                .with("commentsReceived", record == null ? null : DisplayDates.moment(record.commentsReceivedAt()))
                .with("panelDate", record == null ? null : DisplayDates.day(record.panelDate()))
                .with("decidedOn", record == null ? null : DisplayDates.day(record.admDecidedOn()))
                .with("representationsDue", record != null && record.admDecision() == AdmDecision.NOT_SUITABLE
                        ? DisplayDates.day(stageTwo.rules().representationsDue(record.admDecidedOn())) : null)
                .with("visits", stageTwo.visits(c.journeyId()).stream()
                        .map(v -> DisplayDates.day(v.at().toLocalDate()) + " at " + v.at().toLocalTime()
                                + (v.note() == null ? "" : ": " + v.note())).toList())
                .with("history", history)
                .with("workers", workers)
                .with("recommendations", RECOMMENDATIONS).with("decisions", DECISIONS)
                .with("typed", typed)
                .with("backLink", "/staff");
        Set<String> shown = new HashSet<>();
        open(page, shown, "assessorOpen", inStageTwo || atPanel, "assessor");
        open(page, shown, "planOpen", inStageTwo, "plan", "targetPanelDate");
        open(page, shown, "visitsOpen", inStageTwo, "visit", "visitTime", "visitNote");
        open(page, shown, "shareOpen", inStageTwo && !shared, "report");
        open(page, shown, "commentsOpen", inStageTwo && record != null && stageTwo.rules().commentsOpen(record, today),
                "comments");
        open(page, shown, "panelOpen", inStageTwo && shared, "panelDate");
        open(page, shown, "recommendationOpen", atPanel && record != null && record.panelRecommendation() == null,
                "recommendation");
        open(page, shown, "decisionOpen", atPanel && record != null && record.panelRecommendation() != null,
                "decision", "decidedOn");
        page.with("shownFields", shown);
        return errors.isEmpty() ? page : page.with("errors", errors);
    }
}
