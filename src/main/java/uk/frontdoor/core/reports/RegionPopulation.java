package uk.frontdoor.core.reports;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The region's population by the answers of each equality question (migration V60, ADR 58), entered by an
 * administrator so that the diversity tables can show each answer's share of the population beside the enquirers' and
 * the applicants'. A question has figures for every answer but "prefer not to say" (a census has no such group), all
 * percentages adding up to 100 or all numbers of people, or none at all. Each save is one audit row per question
 * changed.
 */
@Singleton
public class RegionPopulation {
    /** How the figures of a question were given. */
    public enum Basis { PERCENT, PEOPLE }

    /** Percentages may be rounded: they must add up to 100 within this. */
    static final BigDecimal PERCENT_SLACK = new BigDecimal("0.5");
    static final int SOURCE_LENGTH = 200;

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;

    RegionPopulation(Sql sql, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** One question's figures as held: its basis, each answer's figure (in the question's order) and their source. */
    public record Figures(Basis basis, Map<String, BigDecimal> byAnswer, String source) {
        /** Each answer's share of the population, as a percentage. */
        public double share(String answer) {
            BigDecimal total = byAnswer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal figure = byAnswer.get(answer);
            return figure == null || total.signum() == 0 ? 0 : 100 * figure.doubleValue() / total.doubleValue();
        }
    }

    /** The equality questions whose answers can be compared with a population, in the form's order. */
    public static List<Question> questions() {
        return EnquiryStep.EQUALITY.questions();
    }

    /** A question's answers that have a population figure: all but "prefer not to say". */
    public static List<String> answers(Question question) {
        return question.codes().stream().filter(a -> !a.equals(question.alternative())).toList();
    }

    /** The field of an answer's figure. */
    public static String field(Question question, String answer) {
        return "population-" + question.name() + "-" + answer;
    }

    public static String basisField(Question question) {
        return "population-" + question.name() + "-basis";
    }

    public static final String SOURCE_FIELD = "population-source";

    /** The figures held, by question name; a question without figures is absent. */
    public Map<String, Figures> all() {
        Map<String, Figures> out = new LinkedHashMap<>();
        for (Question q : questions()) {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            Basis[] basis = {null};
            String[] source = {null};
            sql.list("SELECT answer, figure, basis, source FROM region_population WHERE question = ?", rs -> {
                figures.put(rs.getString(1), rs.getBigDecimal(2));
                basis[0] = Basis.valueOf(rs.getString(3));
                source[0] = rs.getString(4);
                return null;
            }, q.name());
            if (!figures.isEmpty()) {
                Map<String, BigDecimal> ordered = new LinkedHashMap<>();
                answers(q).forEach(a -> ordered.put(a, figures.getOrDefault(a, BigDecimal.ZERO)));
                out.put(q.name(), new Figures(basis[0], ordered, source[0]));
            }
        }
        return out;
    }

    /** What was typed for one question: its basis ("percent", "people" or blank) and each answer's figure. */
    public record Typed(String question, String basis, Map<String, String> figures) {
    }

    /**
     * Saves every question's figures when all pass, or refuses with each problem against its field (nothing saved).
     * A question left wholly blank has no figures (any it had are removed). Answers how many questions changed.
     */
    @Transactional
    public Result<Integer> set(StaffMember me, List<Typed> typed, String source) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        String cleanSource = source == null || source.isBlank() ? null : source.strip();
        if (cleanSource != null && cleanSource.length() > SOURCE_LENGTH) {
            problems.add(new Problem(SOURCE_FIELD, "staff.population.error.sourceTooLong", List.of(SOURCE_LENGTH)));
        }
        Map<String, Optional<Figures>> wanted = new LinkedHashMap<>();
        for (Question q : questions()) {
            Typed t = typed.stream().filter(x -> x.question().equals(q.name())).findFirst()
                    .orElse(new Typed(q.name(), "", Map.of()));
            wanted.put(q.name(), check(q, t, cleanSource, problems));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        Map<String, Figures> before = all();
        int changed = 0;
        for (var e : wanted.entrySet()) {
            Figures was = before.get(e.getKey());
            Figures now = e.getValue().orElse(null);
            if (same(was, now)) {
                continue;
            }
            sql.update("DELETE FROM region_population WHERE question = ?", e.getKey());
            if (now != null) {
                for (var f : now.byAnswer().entrySet()) {
                    sql.update("""
                            INSERT INTO region_population (question, answer, figure, basis, source, updated_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", e.getKey(), f.getKey(), f.getValue(), now.basis().name(),
                            now.source(), me.id(), Times.nowUtc(clock));
                }
            }
            changed++;
            audit.staff(me.id(), "POPULATION_CHANGED", Subject.REGION, null, e.getKey() + ": " + describe(was)
                    + " -> " + describe(now));
        }
        return Result.done(changed);
    }

    private static Optional<Figures> check(Question q, Typed t, String source, List<Problem> problems) {
        List<String> answers = answers(q);
        boolean any = answers.stream().anyMatch(a -> !blank(t.figures().get(a)));
        if (!any) {
            return Optional.empty();
        }
        int before = problems.size();
        Basis basis = switch (t.basis() == null ? "" : t.basis()) {
            case "percent" -> Basis.PERCENT;
            case "people" -> Basis.PEOPLE;
            default -> null;
        };
        if (basis == null) {
            problems.add(new Problem(basisField(q), "staff.population.error.basis", List.of(name(q))));
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String a : answers) {
            String typed = t.figures().get(a);
            List<Object> names = List.of(Wording.of("enquiry." + q.name() + "." + a), name(q));
            if (blank(typed)) {
                problems.add(new Problem(field(q, a), "staff.population.error.missing", names));
                continue;
            }
            BigDecimal figure = number(typed);
            if (figure == null || figure.signum() < 0 || figure.scale() > 3
                    || (basis == Basis.PERCENT && figure.compareTo(BigDecimal.valueOf(100)) > 0)
                    || figure.compareTo(new BigDecimal("99999999999")) > 0) {
                problems.add(new Problem(field(q, a), "staff.population.error.number", names));
                continue;
            }
            figures.put(a, figure);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        BigDecimal total = figures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (basis == Basis.PERCENT && total.subtract(BigDecimal.valueOf(100)).abs().compareTo(PERCENT_SLACK) > 0) {
            problems.add(new Problem(field(q, answers.get(0)), "staff.population.error.total",
                    List.of(name(q), total.stripTrailingZeros().toPlainString())));
            return Optional.empty();
        }
        if (total.signum() == 0) {
            problems.add(new Problem(field(q, answers.get(0)), "staff.population.error.none", List.of(name(q))));
            return Optional.empty();
        }
        return Optional.of(new Figures(basis, figures, source));
    }

    /** The words for a question in messages ("ethnic group"): the page puts them into words. */
    private static Wording name(Question q) {
        return Wording.of("staff.population.question." + q.name());
    }

    private static boolean same(Figures a, Figures b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.basis() == b.basis() && java.util.Objects.equals(a.source(), b.source())
                && a.byAnswer().keySet().equals(b.byAnswer().keySet()) && a.byAnswer().entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(b.byAnswer().get(e.getKey())) == 0);
    }

    private static String describe(Figures f) {
        return f == null ? "none" : f.basis() + " " + f.byAnswer().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", ")) + (f.source() == null ? "" : " (" + f.source() + ")");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A figure as typed: digits with at most one decimal point, thousands commas and a trailing % allowed. */
    private static BigDecimal number(String typed) {
        String s = typed.strip().replace(",", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.matches("\\d{1,12}(\\.\\d+)?|\\.\\d+")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
