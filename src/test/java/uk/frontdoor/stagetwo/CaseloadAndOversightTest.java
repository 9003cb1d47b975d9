package uk.frontdoor.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** Social workers see the applicants they assess; team managers see every open journey; overdue first. */
@MicronautTest(transactional = false)
class CaseloadAndOversightTest extends AppTest {
    /** Thursday 25 March 2027, the day before Good Friday. */
    private static final Instant TODAY = Instant.parse("2027-03-25T10:00:00Z");

    @Inject
    StageTwoPeople people;
    @Inject
    StaffFixture staff;
    @Inject
    StageTwo stageTwo;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private StageTwoPeople.Person startedOn(String instant, String who, StaffMember worker) {
        clock.set(Instant.parse(instant));
        var person = people.inStageTwo(uniqueEmail(who));
        assertTrue(stageTwo.assign(worker, person.journeyId(), worker.id()).isDone());
        return person;
    }

    private static List<Long> journeys(Document page) {
        return page.select("tr.app-case").stream().map(r -> Long.parseLong(r.attr("data-journey"))).toList();
    }

    private static String dueTag(Document page, StageTwoPeople.Person person) {
        Element row = page.selectFirst("tr.app-case[data-journey=" + person.journeyId() + "]");
        return row.select("td").get(4).selectFirst(".govuk-tag").text();
    }

    @Test
    void a_social_worker_sees_the_applicants_they_assess_overdue_first_then_due_soon_then_on_track() {
        var workerPerson = people.person("Sam Social", Role.SOCIAL_WORKER);
        var worker = people.member(workerPerson);
        var onTrack = startedOn("2027-01-04T10:00:00Z", "on-track", worker);     // due 4 May 2027
        var dueSoon = startedOn("2026-12-01T10:00:00Z", "due-soon", worker);     // due 1 April 2027: 3 working days
        var overdue = startedOn("2026-09-01T10:00:00Z", "overdue", worker);      // due 1 January 2027
        var someoneElses = startedOn("2026-09-01T10:00:00Z", "not-mine", people.member(Role.SOCIAL_WORKER));
        clock.set(TODAY);
        WebClient sw = staff.signIn(client(), workerPerson);

        var home = sw.get("/staff").html();
        assertEquals(List.of("Your caseload", "Preparation training courses"),
                home.select("#stage-two-links a").eachText(), "a social worker's links: no events, no oversight");
        var page = sw.get("/staff/caseload");
        assertEquals(200, page.status());
        Document html = page.html();
        assertEquals(List.of(overdue.journeyId(), dueSoon.journeyId(), onTrack.journeyId()), journeys(html));
        assertTrue(!journeys(html).contains(someoneElses.journeyId()));
        assertEquals("Overdue", dueTag(html, overdue));
        assertEquals("Due within 5 working days", dueTag(html, dueSoon));
        assertEquals("On track", dueTag(html, onTrack));
        assertEquals("/staff/journeys/" + overdue.journeyId() + "/stage-two",
                html.selectFirst("tr.app-case a[href$=/stage-two]").attr("href"));
        assertEquals(1, staff.audits(workerPerson.id(), "VIEW_CASELOAD", "STAFF", workerPerson.id()));
    }

    @Test
    void a_social_worker_with_no_applicants_is_told_so() {
        WebClient sw = staff.signIn(client(), people.person("Nell New", Role.SOCIAL_WORKER));
        var page = sw.get("/staff/caseload").html();
        assertEquals("You are not assessing any applicants at the moment.", page.getElementById("empty").text());
        assertTrue(page.select("table").isEmpty());
    }

    @Test
    void team_managers_and_administrators_oversee_every_open_journey_overdue_first_with_counts_by_stage() {
        var worker = people.member(Role.SOCIAL_WORKER);
        var onTrack = startedOn("2027-01-04T10:00:00Z", "oversee-on-track", worker);
        var overdue = startedOn("2026-09-01T10:00:00Z", "oversee-overdue", worker);
        clock.set(TODAY);
        var manager = people.person("Tam Manager", Role.TEAM_MANAGER);
        WebClient tm = staff.signIn(client(), manager);
        assertEquals(List.of("Oversight of applicants", "Information events", "Preparation training courses"),
                tm.get("/staff").html().select("#stage-two-links a").eachText());

        Document html = tm.get("/staff/oversight").html();
        List<Long> order = journeys(html);
        assertTrue(order.indexOf(overdue.journeyId()) >= 0 && order.indexOf(overdue.journeyId()) < order.indexOf(onTrack.journeyId()));
        var tags = html.select("tr.app-case").stream()
                .map(r -> r.select("td").get(4).select(".govuk-tag").text()).toList();
        int lastOverdue = tags.lastIndexOf("Overdue");
        assertTrue(lastOverdue < 0 || tags.subList(0, lastOverdue + 1).stream().allMatch("Overdue"::equals),
                "every overdue journey comes before the rest: " + tags);
        Element countRow = html.getElementById("counts").select("tr").stream()
                .filter(r -> r.text().startsWith("Stage Two ")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(countRow.selectFirst("td").text()) >= 2);
        assertEquals("South East", html.selectFirst("tr.app-case[data-journey=" + overdue.journeyId() + "]")
                .select("td").get(2).text());
        assertEquals(1, staff.audits(manager.id(), "VIEW_OVERSIGHT", "STAFF", manager.id()));

        WebClient admin = staff.signIn(client(), people.person("Ada Admin", Role.ADMINISTRATOR));
        assertEquals(403, admin.get("/staff/oversight").status(), "administrators work no cases");
    }

    @Test
    void other_roles_are_refused_the_pages_they_do_not_need() {
        WebClient support = staff.signIn(client(), people.person("Sue Support", Role.SUPPORT_WORKER));
        assertEquals(403, support.get("/staff/caseload").status());
        assertEquals(403, support.get("/staff/oversight").status());
        assertTrue(support.get("/staff").html().select("#stage-two-links").isEmpty());
        WebClient officer = staff.signIn(client(), people.person("Olu Officer", Role.RECRUITMENT_OFFICER));
        assertEquals(403, officer.get("/staff/caseload").status());
        assertEquals(403, officer.get("/staff/oversight").status());
        WebClient sw = staff.signIn(client(), people.person("Sam Social", Role.SOCIAL_WORKER));
        assertEquals(403, sw.get("/staff/oversight").status());
    }
}
