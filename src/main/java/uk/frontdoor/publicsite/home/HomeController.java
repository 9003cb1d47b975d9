package uk.frontdoor.publicsite.home;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.stream.Collectors;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.view.Page;

/** The home page and the information pages every public service has. */
@Controller
@Public
public class HomeController {
    private final RegionDirectory region;

    public HomeController(RegionDirectory region) {
        this.region = region;
    }

    @Get
    public HttpResponse<?> home() {
        return Page.of("home/index").with("boroughs", region.boroughs()).response();
    }

    @Get("/privacy")
    public HttpResponse<?> privacy() {
        return Page.of("pages/privacy")
                .with("contact", region.contactDetails())
                .with("councils", region.boroughs().stream().map(Borough::name).collect(Collectors.joining(", ")))
                .response();
    }

    @Get("/accessibility")
    public HttpResponse<?> accessibility() {
        return Page.of("pages/accessibility").with("contact", region.contactDetails()).response();
    }

    /** How to reach the agency: region data an administrator keeps (Administration, Contact details). */
    @Get("/contact")
    public HttpResponse<?> contact() {
        return Page.of("pages/contact").with("contact", region.contactDetails()).response();
    }

    @Get("/cookies")
    public HttpResponse<?> cookies() {
        return Page.of("pages/cookies").response();
    }
}
