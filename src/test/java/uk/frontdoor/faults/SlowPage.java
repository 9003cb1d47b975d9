package uk.frontdoor.faults;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.frontdoor.web.access.Public;

/** A page that takes as long as asked, so a shutdown test has a request in flight. Only in tests that turn it on. */
@Controller("/test-only/slow")
@Public
@Requires(property = "frontdoor.test.slow-page", value = "true")
public class SlowPage {
    @Get(produces = "text/plain")
    public String slow(@QueryValue int millis) throws InterruptedException {
        Thread.sleep(millis);
        return "finished after " + millis + " ms";
    }
}
