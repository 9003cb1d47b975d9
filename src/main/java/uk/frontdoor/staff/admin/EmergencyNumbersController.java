package uk.frontdoor.staff.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.support.ChildrensServices;
import uk.frontdoor.core.support.EmergencyNumbers;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Administration of each borough's children's services and out-of-hours numbers, shown to anyone who says a child
 * may be in danger now. The page says which are still placeholders; a number must be a real UK one. Changes apply at
 * once and are audited.
 */
@Controller("/staff/admin/emergency-numbers")
@StaffOnly(Role.ADMINISTRATOR)
public class EmergencyNumbersController {
    private final EmergencyNumbers numbers;
    private final StaffWords words;

    public EmergencyNumbersController(EmergencyNumbers numbers, StaffWords words) {
        this.numbers = numbers;
        this.words = words;
    }

    /** One borough's two fields. */
    public record NumbersRow(String borough, boolean placeholder, String emergencyField, String emergencyLabel,
                             String emergency, String outOfHoursField, String outOfHoursLabel, String outOfHours) {
    }

    @Get
    public HttpResponse<?> show(@Nullable @QueryValue String saved) {
        return page(Map.of(), new FormErrors(), saved != null).response();
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, FormData form) {
        Map<String, String> typed = new LinkedHashMap<>();
        List<EmergencyNumbers.Change> changes = new ArrayList<>();
        for (ChildrensServices c : numbers.all()) {
            String emergency = form.get(emergencyField(c));
            String outOfHours = form.get(outOfHoursField(c));
            typed.put(emergencyField(c), emergency);
            typed.put(outOfHoursField(c), outOfHours);
            changes.add(new EmergencyNumbers.Change(c.boroughCode(), emergency, outOfHours));
        }
        return ResultPages.answer(numbers.set(Visitor.of(request).staff(), changes),
                changed -> HttpResponse.seeOther(URI.create("/staff/admin/emergency-numbers?saved=true")),
                problems -> page(typed, FormErrors.of(problems), false).response());
    }

    private Page page(Map<String, String> typed, FormErrors errors, boolean saved) {
        List<NumbersRow> rows = numbers.all().stream().map(c -> new NumbersRow(c.boroughName(),
                EmergencyNumbers.isPlaceholder(c.emergencyPhone()) || EmergencyNumbers.isPlaceholder(c.outOfHoursPhone()),
                emergencyField(c), words.of("staff.numbers.emergency.label", c.boroughName()),
                typed.getOrDefault(emergencyField(c), c.emergencyPhone() == null ? "" : c.emergencyPhone()),
                outOfHoursField(c), words.of("staff.numbers.outOfHours.label", c.boroughName()),
                typed.getOrDefault(outOfHoursField(c), c.outOfHoursPhone() == null ? "" : c.outOfHoursPhone()))).toList();
        return Page.of("staff/admin/emergency-numbers")
                .with("rows", rows)
                .with("placeholders", rows.stream().filter(NumbersRow::placeholder).count())
                .with("errors", errors)
                .with("saved", saved)
                .with("backLink", "/staff/admin");
    }

    static String emergencyField(ChildrensServices c) {
        return EmergencyNumbers.emergencyField(c.boroughCode());
    }

    static String outOfHoursField(ChildrensServices c) {
        return EmergencyNumbers.outOfHoursField(c.boroughCode());
    }
}
