package uk.frontdoor.publicsite.home;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import java.util.stream.Collectors;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.retention.RetentionSchedule;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.SameForEveryone;

/**
 * The home page, which leads to every public service (an enquiry, information events with the next few listed,
 * adoption support, signing in), and the information pages every public service has.
 */
@Controller
@Public
public class HomeController {
    /** How many of the soonest events the home page lists. */
    static final int NEXT_EVENTS = 3;

    private final RegionDirectory region;
    private final Events events;
    private final RetentionSchedule retention;

    public HomeController(RegionDirectory region, Events events, RetentionSchedule retention) {
        this.region = region;
        this.events = events;
        this.retention = retention;
    }

    /** One of the next events: its page, its title and when it is. */
    public record NextEvent(long id, String title, String when) { }

    @SameForEveryone
    @Get
    public HttpResponse<?> home() {
        List<NextEvent> next = events.upcoming(new Events.Filter(null, null), 0, NEXT_EVENTS).stream()
                .map(e -> new NextEvent(e.id(), e.plan().title(), EventWhen.of(e.plan()))).toList();
        return Page.of("home/index").with("boroughs", region.boroughs()).with("nextEvents", next).response();
    }

    /** The adopter's journey in plain English, a section per step; every step but the last has its statutory time. */
    static final List<String> STEPS = List.of("enquiry", "event", "registration", "stageOne", "gap", "stageTwo",
            "panel", "approved");

    @SameForEveryone
    @Get("/what-happens-next")
    public HttpResponse<?> whatHappensNext() {
        return Page.of("pages/what-happens-next").with("steps", STEPS)
                .with("timed", STEPS.subList(0, STEPS.size() - 1)).response();
    }

    @SameForEveryone
    @Get("/privacy")
    public HttpResponse<?> privacy() {
        return Page.of("pages/privacy")
                .with("contact", region.contactDetails())
                .with("councils", region.boroughs().stream().map(Borough::name).collect(Collectors.joining(", ")))
                .with("retention", retention.rules())
                .response();
    }

    @SameForEveryone
    @Get("/accessibility")
    public HttpResponse<?> accessibility() {
        return Page.of("pages/accessibility").with("contact", region.contactDetails()).response();
    }

    /** How to reach the agency: region data an administrator keeps (Administration, Contact details). */
    @SameForEveryone
    @Get("/contact")
    public HttpResponse<?> contact() {
        return Page.of("pages/contact").with("contact", region.contactDetails()).response();
    }

    @SameForEveryone
    @Get("/cookies")
    public HttpResponse<?> cookies() {
        return Page.of("pages/cookies").response();
    }
}
