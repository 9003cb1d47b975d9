package uk.frontdoor.publicsite.feedback;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.feedback.Feedback;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/** The page a feedback email links to: how it went (a rating and, if they like, a comment), anonymously. */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/feedback")
@Public
public class FeedbackController {
    /** Very satisfied (5) first, as GOV.UK's satisfaction question asks it. */
    static final List<Choice> RATINGS = IntStream.iterate(5, r -> r >= 1, r -> r - 1)
            .mapToObj(r -> Choice.of(String.valueOf(r), "feedback.rating." + r)).toList();

    private final Feedback feedback;

    public FeedbackController(Feedback feedback) {
        this.feedback = feedback;
    }

    @Get("/thanks")
    public HttpResponse<?> thanks() {
        return Page.of("feedback/thanks").response();
    }

    @Get("/{token}")
    public HttpResponse<?> ask(@PathVariable String token) {
        return feedback.open(token).<HttpResponse<?>>map(asked -> page(token, asked, "", "", new FormErrors()).response())
                .orElseGet(FeedbackController::gone);
    }

    @Post("/{token}")
    public HttpResponse<?> give(@PathVariable String token, FormData form) {
        String rating = form.get(Feedback.RATING);
        String comment = form.untrimmed(Feedback.COMMENT);
        var result = feedback.give(token, rating, comment);
        if (result instanceof Result.NotFound<?>) {
            return gone();
        }
        return ResultPages.answer(result, given -> HttpResponse.seeOther(URI.create("/feedback/thanks")),
                problems -> page(token, feedback.open(token).orElseThrow(), rating, comment, FormErrors.of(problems))
                        .response());
    }

    private static Page page(String token, Feedback.Asked asked, String rating, String comment, FormErrors errors) {
        return Page.of("feedback/form").with("asked", asked).with("action", "/feedback/" + token)
                .with("ratings", RATINGS).with("rating", rating == null ? "" : rating)
                .with("comment", comment == null ? "" : comment).with("maxComment", Feedback.MAX_COMMENT)
                .with("errors", errors);
    }

    private static HttpResponse<?> gone() {
        return Page.of("feedback/link-problem").status(HttpStatus.NOT_FOUND).response();
    }
}
