package uk.frontdoor.staff.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditChain;
import uk.frontdoor.core.audit.AuditQuery;
import uk.frontdoor.core.audit.AuditSearch;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The data protection officer's audit log (ADR 36): a search kept in the address (GET, so a search can be bookmarked
 * and "Older entries" carries it on), and the verification of the chain. Core decides who may, checks the search and
 * audits every page shown; this only binds and shows.
 */
@Controller("/staff/audit")
@StaffOnly(Role.DATA_PROTECTION_OFFICER)
public class AuditController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final AuditSearch search;
    private final StaffWords words;

    public AuditController(AuditSearch search, StaffWords words) {
        this.search = search;
        this.words = words;
    }

    /** One entry as the table shows it; its number is the one a verification names. */
    public record Line(long id, String at, String who, String action, String subject, String detail) {
    }

    @Get
    public HttpResponse<?> search(HttpRequest<?> request) {
        StaffMember me = Visitor.of(request).staff();
        FormData f = FormData.parse(request.getUri().getRawQuery());
        AuditQuery query = new AuditQuery(f.get("subject"), f.get("subjectId"), f.get("reference"), f.get("actor"),
                f.get("action"), f.date("from"), f.date("to"), f.get("beforeAt"), f.get("beforeId"));
        Result<AuditSearch.Choices> choices = search.choices(me);
        if (!(choices instanceof Result.Done<AuditSearch.Choices> offered)) {
            return ResultPages.notFound();
        }
        return ResultPages.answer(search.search(me, query),
                page -> page(query, offered.value(), new FormErrors())
                        .with("lines", page.entries().stream().map(this::line).toList())
                        .with("olderHref", page.older().map(AuditController::href).orElse(null))
                        .with("firstHref", query.beforeId().isEmpty() ? null : href(query.withoutPlace()))
                        .response(),
                problems -> page(query, offered.value(), FormErrors.of(problems)).with("lines", List.of()).response());
    }

    @Get("/verify")
    public HttpResponse<?> verifyPage() {
        return Page.of("staff/audit/verify").with("backLink", "/staff/audit").response();
    }

    @Post("/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> verify(HttpRequest<?> request) {
        return ResultPages.answer(search.verify(Visitor.of(request).staff(), checked -> { }),
                v -> Page.of("staff/audit/verify").with("backLink", "/staff/audit").with("verification", v)
                        .with("outcome", outcome(v)).response());
    }

    private String outcome(AuditChain.Verification v) {
        if (v.holds()) {
            return words.of("staff.audit.verify.holds", v.checked());
        }
        return words.of("staff.audit.verify.broken." + v.broken().get().name(), v.auditId().get(), v.checked());
    }

    private Page page(AuditQuery query, AuditSearch.Choices choices, FormErrors errors) {
        List<SelectOption> subjects = new ArrayList<>();
        subjects.add(new SelectOption("", words.of("staff.audit.anyRecord")));
        for (Subject s : Subject.values()) {
            subjects.add(new SelectOption(s.name(), words.of("staff.audit.subject." + s.name())));
        }
        List<SelectOption> staff = new ArrayList<>();
        staff.add(new SelectOption("", words.of("staff.audit.anyone")));
        choices.staff().forEach(s -> staff.add(new SelectOption(String.valueOf(s.id()), s.name())));
        List<SelectOption> actions = new ArrayList<>();
        actions.add(new SelectOption("", words.of("staff.audit.anyKind")));
        choices.actions().forEach(a -> actions.add(new SelectOption(a, a)));
        return Page.of("staff/audit/search").with("query", query).with("errors", errors)
                .with("subjects", subjects).with("staff", staff).with("actions", actions)
                .with("fromError", errors.dateMessage("from")).with("toError", errors.dateMessage("to"))
                .with("backLink", "/staff");
    }

    private Line line(AuditSearch.Entry e) {
        LocalDateTime uk = Times.toUk(e.at());
        String who = switch (e.actorType()) {
            case "STAFF" -> e.actorName() == null ? words.of("staff.audit.who.staffGone", e.actorId()) : e.actorName();
            case "APPLICANT" -> words.of("staff.audit.who.applicant", e.actorId());
            default -> words.of("staff.audit.who.system");
        };
        String subject = words.of("staff.audit.subject." + e.subjectType())
                + (e.subjectId() == null ? "" : " " + e.subjectId());
        return new Line(e.id(), DisplayDates.day(uk.toLocalDate()) + " " + TIME.format(uk), who, e.action(), subject,
                e.detail() == null ? "" : e.detail());
    }

    /** The address of a search, with only the parts it has. */
    private static String href(AuditQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("subject", q.subject());
        p.put("subjectId", q.subjectId());
        p.put("reference", q.reference());
        p.put("actor", q.actor());
        p.put("action", q.action());
        p.put("from-day", q.from().day());
        p.put("from-month", q.from().month());
        p.put("from-year", q.from().year());
        p.put("to-day", q.to().day());
        p.put("to-month", q.to().month());
        p.put("to-year", q.to().year());
        p.put("beforeAt", q.beforeAt());
        p.put("beforeId", q.beforeId());
        String query = p.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/staff/audit" + (query.isEmpty() ? "" : "?" + query);
    }
}
