package uk.frontdoor.staff.stagetwo;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyEventLine;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.Caseloads;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.stagetwo.StageTwoRecord;
import uk.frontdoor.core.stagetwo.StageTwoRecord.AdmDecision;
import uk.frontdoor.core.stagetwo.StageTwoRecord.PanelRecommendation;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.staff.journey.HistoryDetail;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * A journey's Stage Two as staff of its team see it (core audits every view; other teams get a 404): the 4-month clock,
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
    private final ClockTags tags;
    private final StaffWords words;

    public StageTwoCaseController(Caseloads cases, StageTwo stageTwo, Journeys journeys, ClockTags tags,
                                  StaffWords words) {
        this.words = words;
        this.cases = cases;
        this.stageTwo = stageTwo;
        this.journeys = journeys;
        this.tags = tags;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        return ResultPages.answer(cases.open(Visitor.of(request).staff(), id), found -> page(found, Map.of(),
                        new FormErrors())
                        .with("done", done != null && STEPS.contains(done) ? "staff.stageTwo.done." + done : null)
                        .response(),
                problems -> {
                    throw new IllegalStateException("opening a Stage Two is not refused");
                });
    }

    @Post("/assessor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assessor(HttpRequest<?> request, @PathVariable long id, FormData form) {
        Long worker = form.get("assessor").matches("\\d{1,18}") ? Long.valueOf(form.get("assessor")) : null;
        return answer(request, id, form, "assessor", me -> stageTwo.assign(me, id, worker));
    }

    @Post("/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> plan(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "plan",
                me -> stageTwo.plan(me, id, form.get("plan"), form.date("targetPanelDate")));
    }

    @Post("/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> visit(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "visit", me -> stageTwo.scheduleVisit(me, id, form.date("visit"),
                form.get("visitTime"), form.get("visitNote")));
    }

    @Post("/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> shareReport(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "report", me -> stageTwo.shareReport(me, id));
    }

    @Post("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> comments(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "comments", me -> stageTwo.recordComments(me, id, form.get("comments")));
    }

    @Post("/panel-date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> panelDate(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "panelDate", me -> stageTwo.panelDate(me, id, form.date("panelDate")));
    }

    @Post("/recommendation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recommendation(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "recommendation", me -> stageTwo.recommendation(me, id,
                oneOf(PanelRecommendation.class, form.get("recommendation"))));
    }

    @Post("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decision(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return answer(request, id, form, "decision", me -> stageTwo.decide(me, id,
                oneOf(AdmDecision.class, form.get("decision")), form.date("decidedOn")));
    }

    /** Runs a step: to the page with its "done" banner, 404, or the page again with what was typed and why (422). */
    private HttpResponse<?> answer(HttpRequest<?> request, long id, FormData form, String step,
                                   Function<StaffMember, Result<Journey>> action) {
        StaffMember me = Visitor.of(request).staff();
        return ResultPages.answer(action.apply(me),
                journey -> HttpResponse.seeOther(URI.create("/staff/journeys/" + id + "/stage-two?done=" + step)),
                problems -> {
                    Map<String, String> typed = new HashMap<>();
                    form.fields().keySet().forEach(k -> typed.put(k, form.get(k)));
                    // shown again through the audited read: the page with its errors is a view too (issue 12)
                    return page(((Result.Done<Caseloads.Case>) cases.open(me, id)).value(), typed,
                            FormErrors.of(problems)).response();
                });
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

    private String historyLine(JourneyEventLine line) {
        String detail = HistoryDetail.of(words, line);
        return words.of("staff.stageTwo.historyLine", DisplayDates.moment(line.at()),
                words.of("staff.journeyEvent." + line.event().name()), words.of(ClockTags.stageKey(line.from())),
                words.of(ClockTags.stageKey(line.to()))) + (detail == null ? "" : " (" + detail + ")");
    }

    private Page page(Caseloads.Case c, Map<String, String> typed, FormErrors errors) {
        StageTwoRecord record = stageTwo.find(c.journeyId()).orElse(null);
        JourneyState state = c.state();
        LocalDate today = stageTwo.today();
        boolean inStageTwo = state == JourneyState.STAGE_TWO;
        boolean atPanel = state == JourneyState.AWAITING_PANEL;
        boolean shared = record != null && record.reportShared();
        List<SelectOption> workers = new ArrayList<>();
        workers.add(new SelectOption("", words.of("staff.stageTwo.assessor.choose")));
        stageTwo.assessors(c.teamId()).forEach(w -> workers.add(new SelectOption(String.valueOf(w.id()), w.displayName())));
        List<String> history = journeys.history(c.journeyId()).stream().map(this::historyLine).toList();
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
