package uk.frontdoor.staff.stagetwo;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.Caseloads;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * A social worker's caseload (the journeys they assess) and the team managers' oversight of every open journey, by
 * stage and spoke: each with its clock's state, overdue first. Both lists name people: core audits each view.
 */
@Controller("/staff")
public class CaseloadController {
    private static final List<JourneyState> STAGE_TWO_STATES = List.of(JourneyState.STAGE_TWO,
            JourneyState.AWAITING_PANEL, JourneyState.APPROVED, JourneyState.NOT_SUITABLE);

    private final Caseloads caseloads;
    private final ClockTags tags;
    private final StaffWords words;

    public CaseloadController(Caseloads caseloads, ClockTags tags, StaffWords words) {
        this.caseloads = caseloads;
        this.tags = tags;
        this.words = words;
    }

    @Get("/caseload")
    @StaffOnly(Role.SOCIAL_WORKER)
    public HttpResponse<?> caseload(HttpRequest<?> request) {
        StaffMember me = Visitor.of(request).staff();
        List<Caseloads.Case> cases = caseloads.caseload(me);
        return Page.of("staff/stagetwo/caseload").with("lines", lines(cases)).with("backLink", "/staff").response();
    }

    @Get("/oversight")
    @StaffOnly(Role.TEAM_MANAGER)
    public HttpResponse<?> oversight(HttpRequest<?> request) {
        StaffMember me = Visitor.of(request).staff();
        List<Caseloads.Case> cases = caseloads.oversight(me);
        List<Map.Entry<String, Long>> counts = Caseloads.countByState(cases).entrySet().stream()
                .map(e -> Map.entry(words.of(ClockTags.stageKey(e.getKey())), e.getValue())).toList();
        return Page.of("staff/stagetwo/oversight").with("lines", lines(cases)).with("counts", counts)
                .with("overdue", cases.stream().filter(c -> c.clockState() == JourneyClocks.ClockState.OVERDUE).count())
                .with("backLink", "/staff").response();
    }

    private List<CaseLine> lines(List<Caseloads.Case> cases) {
        return cases.stream().map(c -> new CaseLine(c.journeyId(), c.name(), tags.stage(c.state()), c.spokeName(),
                c.teamName(), c.assessorName() == null ? words.of("staff.stageTwo.none") : c.assessorName(),
                c.due() == null ? words.of("staff.caseload.noClock") : DisplayDates.day(c.due()),
                tags.clock(c.clockState()), STAGE_TWO_STATES.contains(c.state()))).toList();
    }
}
