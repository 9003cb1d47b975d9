package uk.frontdoor.publicsite.home;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
        return Page.of("pages/privacy").response();
    }

    @Get("/accessibility")
    public HttpResponse<?> accessibility() {
        return Page.of("pages/accessibility").response();
    }

    @Get("/cookies")
    public HttpResponse<?> cookies() {
        return Page.of("pages/cookies").response();
    }
}
