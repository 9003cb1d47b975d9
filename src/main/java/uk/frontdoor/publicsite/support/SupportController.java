package uk.frontdoor.publicsite.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;
import uk.frontdoor.core.support.EmergencyNumbers;
import uk.frontdoor.core.support.SupportTargets;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.view.Page;

/** The adoption support front door: first who to call if a child is in danger now, then who can ask and for what. */
@Controller("/support")
@Public
public class SupportController {
    private static final List<String> WHO_CAN_ASK = List.of("support.start.who.parents", "support.start.who.young",
            "support.start.who.adults", "support.start.who.birth", "support.start.who.siblings");
    private static final List<String> WHAT_FOR = List.of("support.start.what.groups", "support.start.what.contact",
            "support.start.what.therapy", "support.start.what.money", "support.start.what.training",
            "support.start.what.strain", "support.start.what.records");

    private final EmergencyNumbers numbers;
    private final SupportTargets targets;

    public SupportController(EmergencyNumbers numbers, SupportTargets targets) {
        this.numbers = numbers;
        this.targets = targets;
    }

    @Get
    public HttpResponse<?> start() {
        return Page.of("support/start")
                .with("backLink", "/")
                .with("services", numbers.all())
                .with("whoCanAsk", WHO_CAN_ASK)
                .with("whatFor", WHAT_FOR)
                .with("workingDays", targets.usualWorkingDays())
                .with("urgentWorkingDays", targets.urgentWorkingDays())
                .response();
    }
}
