package uk.frontdoor.web.view;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** A page to render: a template, its model and the status to answer with. */
public final class Page {
    private final String view;
    private final Map<String, Object> model = new HashMap<>();
    private HttpStatus status = HttpStatus.OK;

    private Page(String view) {
        this.view = view;
    }

    public static Page of(String view) {
        return new Page(view);
    }

    public Page with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public Page status(HttpStatus status) {
        this.status = status;
        return this;
    }

    public MutableHttpResponse<ModelAndView<Map<String, Object>>> response() {
        model.putIfAbsent("view", view); // the layout finds the page's own meta description by it

        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(view, model));
    }
}
