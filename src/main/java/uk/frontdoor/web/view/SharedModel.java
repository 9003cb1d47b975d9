package uk.frontdoor.web.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.web.request.RequestIds;
import uk.frontdoor.web.session.Visitor;

/**
 * What every page needs: the service's name, the visitor (CSRF token, staff signed in), the path and the request's id
 * (error pages show it).
 */
@Singleton
class SharedModel implements ViewModelProcessor<Map<String, Object>> {
    private final RegionDirectory region;

    SharedModel(RegionDirectory region) {
        this.region = region;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = modelAndView.getModel().orElse(null);
        if (model == null) {
            return;
        }
        try {
            Visitor visitor = request.getAttribute(Visitor.ATTRIBUTE, Visitor.class).orElse(null);
            model.putIfAbsent("visitor", visitor);
            model.putIfAbsent("path", request.getPath());
            if (visitor != null && visitor.isStaff() && request.getPath().startsWith("/staff")) {
                var areas = StaffNavigation.links(visitor.staff(), request.getPath());
                model.putIfAbsent("staffAreas", areas);
                model.putIfAbsent("staffSearch", areas.stream().anyMatch(StaffNavigation.Link::search));
                model.putIfAbsent("fullWidth", true);
            }
            model.putIfAbsent("serviceName", serviceName());
            model.putIfAbsent("limits", TextLimits.ALL);
            RequestIds.of(request).ifPresent(id -> model.putIfAbsent("requestId", id));
        } catch (UnsupportedOperationException immutable) {
            // a controller returned an immutable model; it gets no shared values
        }
    }

    private String serviceName() {
        try {
            return region.recentDisplayName();
        } catch (RuntimeException databaseDown) {
            return "Front Door";
        }
    }
}
