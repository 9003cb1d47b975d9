package uk.frontdoor.web.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.view.Page;

/** Test only: a page whose template fails while rendering. */
@Requires(env = "test")
@Controller("/test/broken")
@Public
class BrokenPageController {
    @Get
    HttpResponse<?> broken() {
        return Page.of("test/broken").response();
    }

    @Get("/exception")
    HttpResponse<?> exception() {
        throw new IllegalStateException("a bug, not the visitor's fault");
    }
}
