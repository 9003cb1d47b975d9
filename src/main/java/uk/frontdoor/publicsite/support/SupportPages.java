package uk.frontdoor.publicsite.support;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.frontdoor.core.questions.DateQuestion;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.support.ChildrensServices;
import uk.frontdoor.core.support.EmergencyNumbers;
import uk.frontdoor.core.support.SupportAnswers;
import uk.frontdoor.core.support.SupportReceipt;
import uk.frontdoor.core.support.SupportRequests;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.core.support.SupportTargets;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.view.Page;

/** Builds the support request's pages from the step definitions, as {@code EnquiryPages} does for enquiries. */
@Singleton
class SupportPages {
    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", UK);
    private static final List<String> WHO_CAN_ASK = List.of("support.start.who.parents", "support.start.who.young",
            "support.start.who.adults", "support.start.who.birth", "support.start.who.siblings");
    private static final List<String> WHAT_FOR = List.of("support.start.what.groups", "support.start.what.contact",
            "support.start.what.therapy", "support.start.what.money", "support.start.what.strain",
            "support.start.what.records");

    private final MessageSource messages;
    private final EmergencyNumbers numbers;
    private final SupportTargets targets;

    private final uk.frontdoor.core.support.SupportRecords records;
    private final java.time.Clock clock;

    SupportPages(MessageSource messages, EmergencyNumbers numbers, SupportTargets targets,
                 uk.frontdoor.core.support.SupportRecords records, java.time.Clock clock) {
        this.records = records;
        this.clock = clock;
        this.messages = messages;
        this.numbers = numbers;
        this.targets = targets;
    }

    static String path(SupportStep step) {
        return SupportController.START + "/" + step.slug();
    }

    Page start(boolean resuming) {
        return Page.of("support/start")
                .with("backLink", "/")
                .with("resuming", resuming)
                .with("services", numbers.all())
                .with("whoCanAsk", WHO_CAN_ASK)
                .with("whatFor", WHAT_FOR)
                .with("workingDays", targets.usualWorkingDays())
                .with("urgentWorkingDays", targets.urgentWorkingDays());
    }

    /** Who to call now: the council the person named first (where they live, then the placing council), then the rest. */
    Page dangerNow(SupportAnswers draft) {
        List<String> named = List.of(draft.get("livesIn"), draft.get("placingCouncil"));
        List<ChildrensServices> services = new ArrayList<>(numbers.all());
        services.sort((a, b) -> Integer.compare(rank(named, a), rank(named, b)));
        if (named.stream().anyMatch(code -> services.stream().anyMatch(s -> s.boroughCode().equals(code)))) {
            services.removeIf(s -> !named.contains(s.boroughCode()));
        }
        return Page.of("support/danger-now")
                .with("services", services)
                .with("changeLink", path(SupportStep.HOW_URGENT))
                .with("backLink", path(SupportStep.HOW_URGENT));
    }

    private static int rank(List<String> named, ChildrensServices s) {
        int i = named.indexOf(s.boroughCode());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    Page notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND);
    }

    Page question(SupportStep step, SupportAnswers answers, boolean change, List<Borough> boroughs, FormErrors errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, List<Choice>> options = new LinkedHashMap<>();
        for (Question q : step.fields()) {
            values.put(q.name(), q.isMany() ? answers.all(q.name()) : answers.get(q.name()));
            if (q.kind() == Question.Kind.ONE_OF || q.kind() == Question.Kind.MANY_OF) {
                options.put(q.name(), q.codes().stream()
                        .map(code -> Choice.of(code, "support." + q.name() + "." + code)).toList());
            }
        }
        String back = change ? SupportController.CHECK
                : step.previous().map(SupportPages::path).orElse(SupportController.START);
        return Page.of("support/" + step.slug())
                .with("action", path(step))
                .with("answers", values)
                .with("options", options)
                .with("boroughs", boroughs)
                .with("change", change)
                .with("backLink", back)
                .with("errors", errors);
    }

    Page checkAnswers(SupportAnswers draft, List<Borough> boroughs, FormErrors errors) {
        List<SummaryRow> rows = new ArrayList<>();
        for (SupportStep step : SupportStep.values()) {
            String change = path(step) + "?change=true";
            for (Question q : step.questions()) {
                if (q.isAsked(draft)) {
                    rows.add(new SummaryRow("support.check." + q.name(), lines(q, draft, boroughs), change));
                }
            }
            for (DateQuestion d : step.dates()) {
                String shown = d.value(draft).map(DATE::format).orElse(message("common.notGiven"));
                rows.add(new SummaryRow("support.check." + d.name(), List.of(shown), change));
            }
        }
        SupportStep[] steps = SupportStep.values();
        return Page.of("support/check-answers")
                .with("rows", rows)
                .with("consentOptions", List.of(Choice.of("yes", "support.consent.yes")))
                .with("safeToLeaveMessage", SupportRequests.safeToLeaveMessage(draft))
                .with("errors", errors)
                .with("backLink", path(steps[steps.length - 1]));
    }

    Page confirmation(SupportReceipt receipt) {
        return Page.of("support/confirmation")
                .with("reference", receipt.reference())
                .with("respondBy", DAY.format(receipt.respondBy()))
                .with("safeToLeaveMessage", receipt.safeToLeaveMessage())
                .with("outsideCouncil", records.responsibleOutsideTheRegion(receipt.requestId(),
                        uk.frontdoor.platform.time.Times.todayUk(clock)).orElse(null));
    }

    private List<String> lines(Question q, SupportAnswers draft, List<Borough> boroughs) {
        List<String> values = draft.all(q.name());
        if (values.isEmpty()) {
            return List.of(message("common.notGiven"));
        }
        return switch (q.kind()) {
            case TEXT -> Arrays.asList(values.get(0).split("\n"));
            case BOROUGH -> List.of(Question.ELSEWHERE.equals(values.get(0)) ? message("support.council.elsewhere")
                    : boroughs.stream().filter(b -> b.code().equals(values.get(0))).map(Borough::name)
                    .findFirst().orElse(values.get(0)));
            case ONE_OF, MANY_OF -> values.stream().map(code -> message("support." + q.name() + "." + code)).toList();
        };
    }

    private String message(String key) {
        return messages.getMessage(key, UK).orElse(key);
    }
}
