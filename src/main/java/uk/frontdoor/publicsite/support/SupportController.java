package uk.frontdoor.publicsite.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.support.ChildrensServices;
import uk.frontdoor.core.support.EmergencyNumbers;
import uk.frontdoor.core.support.SupportAnswers;
import uk.frontdoor.core.support.SupportDrafts;
import uk.frontdoor.core.support.SupportReceipt;
import uk.frontdoor.core.support.SupportRecords;
import uk.frontdoor.core.support.SupportRequests;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.core.support.SupportTargets;
import uk.frontdoor.publicsite.form.QuestionFormController;
import uk.frontdoor.publicsite.form.QuestionPages;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.PublicForm;
import uk.frontdoor.web.view.Page;

/**
 * The adoption support front door, on the one form engine ({@link QuestionFormController}): first who to call if a
 * child is in danger now, then the request's pages ({@link SupportStep}). An answer that says a child is at risk now
 * leads to the danger-now page instead of the next question. Check your answers and the confirmation say whether we
 * will email the person (not if it is not safe to leave them a message).
 */
@Controller("/support")
@Public
public class SupportController extends QuestionFormController<SupportStep, SupportAnswers, SupportReceipt> {
    static final String DANGER_NOW = "/support/danger-now";
    private static final List<String> WHO_CAN_ASK = List.of("support.start.who.parents", "support.start.who.young",
            "support.start.who.adults", "support.start.who.birth", "support.start.who.siblings");
    private static final List<String> WHAT_FOR = List.of("support.start.what.groups", "support.start.what.contact",
            "support.start.what.therapy", "support.start.what.money", "support.start.what.strain",
            "support.start.what.records");

    private final SupportRequests requests;
    private final SupportRecords records;
    private final EmergencyNumbers numbers;
    private final SupportTargets targets;
    private final QuestionPages pages;

    public SupportController(SupportDrafts drafts, SupportRequests requests, SupportRecords records,
                             EmergencyNumbers numbers, SupportTargets targets, QuestionPages pages) {
        super("/support", PublicForm.SUPPORT_REQUEST, drafts, requests, pages);
        this.requests = requests;
        this.records = records;
        this.numbers = numbers;
        this.targets = targets;
        this.pages = pages;
    }

    /** Who to call now: the council the person named first (where they live, then the placing council), then the rest. */
    @Get("/danger-now")
    public HttpResponse<?> dangerNow(HttpRequest<?> request) {
        SupportAnswers draft = draft(request).orElse(SupportAnswers.empty());
        List<String> named = List.of(draft.get("livesIn"), draft.get("placingCouncil"));
        List<ChildrensServices> services = new ArrayList<>(numbers.all());
        services.sort((a, b) -> Integer.compare(rank(named, a), rank(named, b)));
        if (named.stream().anyMatch(code -> services.stream().anyMatch(s -> s.boroughCode().equals(code)))) {
            services.removeIf(s -> !named.contains(s.boroughCode()));
        }
        return QuestionPages.page("support/danger-now")
                .with("services", services)
                .with("changeLink", path(SupportStep.HOW_URGENT))
                .with("backLink", path(SupportStep.HOW_URGENT)).response();
    }

    private static int rank(List<String> named, ChildrensServices s) {
        int i = named.indexOf(s.boroughCode());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    @Override
    protected Page start(Page page) {
        return page.with("services", numbers.all())
                .with("whoCanAsk", WHO_CAN_ASK)
                .with("whatFor", WHAT_FOR)
                .with("workingDays", targets.usualWorkingDays())
                .with("urgentWorkingDays", targets.urgentWorkingDays());
    }

    @Override
    protected String away() {
        return DANGER_NOW;
    }

    @Override
    protected Page checkAnswers(Page page, SupportAnswers draft) {
        return page.with("safeToLeaveMessage", SupportRequests.safeToLeaveMessage(draft));
    }

    @Override
    protected Page confirmation(Page page, SupportReceipt receipt) {
        return page.with("safeToLeaveMessage", receipt.safeToLeaveMessage())
                .with("outsideCouncil", records.responsibleOutsideTheRegion(receipt.requestId(), pages.today())
                        .orElse(null));
    }
}
