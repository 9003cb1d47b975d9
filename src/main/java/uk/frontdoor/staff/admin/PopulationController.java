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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.reports.RegionPopulation;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The region's population by the equality questions' answers (ADR 58), for the diversity tables of the management
 * information to compare with: a fieldset per question, whether its figures are percentages or numbers of people, and
 * a figure per answer. Core checks, saves and audits.
 */
@Controller("/staff/admin/population")
@StaffOnly(Role.ADMINISTRATOR)
public class PopulationController {
    private static final List<Choice> BASES = List.of(
            new Choice("percent", "staff.population.basis.percent", null, false, false),
            new Choice("people", "staff.population.basis.people", null, false, false));

    private final RegionPopulation population;
    private final StaffWords words;

    public PopulationController(RegionPopulation population, StaffWords words) {
        this.population = population;
        this.words = words;
    }

    /** One answer's field. */
    public record FigureField(String name, String label, String value) {
    }

    /** One question's fieldset. */
    public record QuestionView(String legend, String basisField, String basisLegend, String basis,
                               List<FigureField> figures) {
    }

    @Get
    public HttpResponse<?> show(@Nullable @QueryValue String saved) {
        return page(Map.of(), new FormErrors(), saved != null).response();
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, FormData form) {
        Map<String, String> typed = new LinkedHashMap<>();
        List<RegionPopulation.Typed> questions = new ArrayList<>();
        for (Question q : RegionPopulation.questions()) {
            Map<String, String> figures = new LinkedHashMap<>();
            for (String a : RegionPopulation.answers(q)) {
                String value = form.get(RegionPopulation.field(q, a));
                figures.put(a, value);
                typed.put(RegionPopulation.field(q, a), value);
            }
            String basis = form.get(RegionPopulation.basisField(q));
            typed.put(RegionPopulation.basisField(q), basis);
            questions.add(new RegionPopulation.Typed(q.name(), basis, figures));
        }
        String source = form.get(RegionPopulation.SOURCE_FIELD);
        typed.put(RegionPopulation.SOURCE_FIELD, source);
        return ResultPages.answer(population.set(Visitor.of(request).staff(), questions, source),
                changed -> HttpResponse.seeOther(URI.create("/staff/admin/population?saved=true")),
                problems -> page(typed, FormErrors.of(inWords(problems)), false).response());
    }

    /** The question and answer names a problem's message names, put into words. */
    private List<Problem> inWords(List<Problem> problems) {
        return problems.stream().map(p -> new Problem(p.field(), p.messageKey(), p.args().stream()
                .map(a -> a instanceof Wording w ? words.of(w.code(), w.args().toArray()) : a).toList())).toList();
    }

    private Page page(Map<String, String> typed, FormErrors errors, boolean saved) {
        Map<String, RegionPopulation.Figures> held = population.all();
        List<QuestionView> questions = new ArrayList<>();
        String source = null;
        for (Question q : RegionPopulation.questions()) {
            RegionPopulation.Figures f = held.get(q.name());
            if (f != null && f.source() != null) {
                source = f.source();
            }
            List<FigureField> figures = RegionPopulation.answers(q).stream().map(a -> {
                String field = RegionPopulation.field(q, a);
                BigDecimal figure = f == null ? null : f.byAnswer().get(a);
                return new FigureField(field, words.of("enquiry." + q.name() + "." + a), typed.getOrDefault(field,
                        figure == null ? "" : figure.stripTrailingZeros().toPlainString()));
            }).toList();
            String basisField = RegionPopulation.basisField(q);
            questions.add(new QuestionView(words.of("staff.population.legend." + q.name()), basisField,
                    words.of("staff.population.basis.legend", words.of("staff.population.question." + q.name())),
                    typed.getOrDefault(basisField, f == null ? "" : f.basis().name().toLowerCase(java.util.Locale.ROOT)),
                    figures));
        }
        return Page.of("staff/admin/population")
                .with("questions", questions)
                .with("bases", BASES)
                .with("sourceField", RegionPopulation.SOURCE_FIELD)
                .with("source", typed.getOrDefault(RegionPopulation.SOURCE_FIELD, source == null ? "" : source))
                .with("errors", errors)
                .with("saved", saved)
                .with("backLink", "/staff/admin");
    }
}
