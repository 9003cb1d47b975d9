package uk.frontdoor.web.view;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;

/**
 * Maps what a staff action came to onto the page that says so, the same way for every staff controller: done is
 * whatever the controller shows next (a 303 to the record, as a rule); not found is the 404 page; refused is the
 * form again with its problems (422); conflict is the record as it now is, saying why (409).
 */
public final class ResultPages {
    private ResultPages() {
    }

    public static MutableHttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }

    public static <T> HttpResponse<?> answer(Result<T> result, Function<T, ? extends HttpResponse<?>> done,
                                             Function<List<Problem>, ? extends MutableHttpResponse<?>> refused,
                                             BiFunction<T, String, ? extends MutableHttpResponse<?>> conflict) {
        if (result instanceof Result.Done<T> d) {
            return done.apply(d.value());
        }
        if (result instanceof Result.Refused<T> r) {
            return refused.apply(r.problems()).status(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (result instanceof Result.Conflict<T> c) {
            return conflict.apply(c.current(), c.reason()).status(HttpStatus.CONFLICT);
        }
        return notFound();
    }

    /** For an action that cannot conflict (nothing else changes what it changes). */
    public static <T> HttpResponse<?> answer(Result<T> result, Function<T, ? extends HttpResponse<?>> done,
                                             Function<List<Problem>, ? extends MutableHttpResponse<?>> refused) {
        return answer(result, done, refused, (current, reason) -> {
            throw new IllegalStateException("this action does not conflict, but answered " + reason);
        });
    }

    /** For a read, or an action that is never refused and cannot conflict: done or not found. */
    public static <T> HttpResponse<?> answer(Result<T> result, Function<T, ? extends HttpResponse<?>> done) {
        return answer(result, done, problems -> {
            throw new IllegalStateException("this action is never refused, but was: " + problems);
        });
    }
}
