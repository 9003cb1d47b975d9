package uk.frontdoor.staff.admin;

import static uk.frontdoor.core.retention.RetentionSchedule.ACTION;
import static uk.frontdoor.core.retention.RetentionSchedule.AMOUNT;
import static uk.frontdoor.core.retention.RetentionSchedule.UNIT;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.retention.RecordKind;
import uk.frontdoor.core.retention.Retention;
import uk.frontdoor.core.retention.RetentionAction;
import uk.frontdoor.core.retention.RetentionPeriod;
import uk.frontdoor.core.retention.RetentionRule;
import uk.frontdoor.core.retention.RetentionSchedule;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The retention schedule (ADR 38): how long each kind of record is kept and what is done then, with what the next
 * daily run will take and what legal holds keep; an administrator changes one rule at a time (audited in core).
 */
@Controller("/staff/admin/retention")
@StaffOnly(Role.ADMINISTRATOR)
public class RetentionController {
    private final RetentionSchedule schedule;
    private final Retention retention;

    public RetentionController(RetentionSchedule schedule, Retention retention) {
        this.schedule = schedule;
        this.retention = retention;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        return ResultPages.answer(retention.preview(Visitor.of(request).staff()),
                preview -> Page.of("staff/admin/retention")
                        .with("preview", preview)
                        .with("lastRun", retention.lastRun().orElse(null))
                        .with("saved", kind(saved).orElse(null))
                        .with("backLink", "/staff/admin").response());
    }

    @Get("/{kind}")
    public HttpResponse<?> edit(@PathVariable String kind) {
        Optional<RetentionRule> rule = kind(kind).flatMap(schedule::rule);
        if (rule.isEmpty()) {
            return ResultPages.notFound();
        }
        RetentionPeriod period = rule.get().period();
        return form(rule.get().kind(), String.valueOf(period.amount()), period.unit().name(),
                rule.get().action().name(), new FormErrors()).response();
    }

    @Post("/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @PathVariable String kind, FormData form) {
        Optional<RecordKind> typed = kind(kind);
        if (typed.isEmpty()) {
            return ResultPages.notFound();
        }
        String amount = form.get(AMOUNT);
        String unit = form.get(UNIT);
        String action = form.get(ACTION);
        return ResultPages.answer(schedule.change(Visitor.of(request).staff(), typed.get(), amount, unit, action),
                saved -> HttpResponse.seeOther(URI.create("/staff/admin/retention?saved=" + slug(typed.get()))),
                problems -> form(typed.get(), amount, unit, action, FormErrors.of(problems)).response());
    }

    private static Page form(RecordKind kind, String amount, String unit, String action, FormErrors errors) {
        List<Choice> units = Arrays.stream(RetentionPeriod.Unit.values())
                .map(u -> Choice.of(u.name(), "staff.retention.unit." + u.name())).toList();
        List<Choice> actions = kind.actions().stream()
                .map(a -> Choice.of(a.name(), "staff.retention.action." + a.name())).toList();
        return Page.of("staff/admin/retention-rule")
                .with("kind", kind.name())
                .with("slug", slug(kind))
                .with("amount", amount)
                .with("unit", unit)
                .with("action", action)
                .with("units", units)
                .with("actions", actions)
                .with("onlyDelete", kind.actions().equals(Set.of(RetentionAction.DELETE)))
                .with("errors", errors)
                .with("backLink", "/staff/admin/retention");
    }

    /** A kind's place in the address: {@code ENQUIRY_SIGNPOSTED} is {@code enquiry-signposted}. */
    static String slug(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<RecordKind> kind(String slug) {
        return Arrays.stream(RecordKind.values()).filter(k -> slug(k).equals(slug)).findFirst();
    }
}
