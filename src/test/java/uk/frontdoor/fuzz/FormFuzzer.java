package uk.frontdoor.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.engine.SourceOfRandomness;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uk.frontdoor.testing.WebClient;

/**
 * Sends generated input to one form's pages, as a browser with a valid CSRF token would (so that binding and
 * validation are what is tested, not the token), and checks each answer and the page a redirect leads to: never a
 * 5xx; an error summary whose every entry links to a field on the page and matches that field's inline message; and
 * no generated markup alive in the page. A field hidden from people (the honeypot, inside {@code aria-hidden}) is
 * filled in only one try in ten, as software would: otherwise almost every try on its pages would be refused for it,
 * and the form's own binding and validation would go untested.
 */
final class FormFuzzer {
    /**
     * What a form is: a name, how a browser gets to its pages (pressing Start, then answering every page with
     * {@code valid} answers, so that every page can be shown), and its pages.
     */
    record Form(String name, String startPage, List<String> pages, Map<String, Map<String, ?>> valid) {
    }

    record Result(String form, int inputs, long millis, List<String> failures) {
    }

    private final WebClient browser;
    private final long seed;
    private final Map<String, List<Field>> fieldsOf = new HashMap<>();
    private final Map<String, String> actionOf = new HashMap<>();

    private record Field(String name, List<String> options, boolean hiddenFromPeople) {
    }

    FormFuzzer(WebClient browser, long seed) {
        this.browser = browser;
        this.seed = seed;
    }

    Result run(Form form, int tries) {
        SourceOfRandomness.create(String.valueOf(seed + form.name().hashCode()));
        Random random = new Random(seed + form.name().hashCode());
        List<String> failures = new ArrayList<>();
        List<String> corpus = NastyInput.corpus();
        long started = System.nanoTime();
        int sent = 0;
        start(form);
        Map<String, java.util.Iterator<String>> values = new HashMap<>();
        for (int i = 0; i < tries; i++) {
            String page = form.pages().get(i % form.pages().size());
            List<Field> fields = fields(form, page);
            if (fields == null) {
                failures.add(page + ": no form to fuzz on the page");
                break;
            }
            StringBuilder body = new StringBuilder("_csrf=").append(encode(browser.csrfToken()));
            String described;
            if (i < corpus.size() * form.pages().size()) {
                String entry = corpus.get(i / form.pages().size());
                fields.stream().filter(f -> !f.hiddenFromPeople())
                        .forEach(f -> body.append('&').append(encode(f.name())).append('=').append(encode(entry)));
                described = "every field = " + NastyInput.escape(entry);
            } else if (random.nextInt(20) == 0) {
                String broken = NastyInput.BROKEN_BODIES.get(random.nextInt(NastyInput.BROKEN_BODIES.size()));
                body.append('&').append(broken);
                described = "raw body &" + broken;
            } else {
                Map<String, List<String>> typed = new LinkedHashMap<>();
                for (Field f : fields) {
                    int shape = random.nextInt(10);
                    if (shape == 0 || (f.hiddenFromPeople() && random.nextInt(10) != 0)) {
                        continue; // missing, or left empty as a person leaves a field they cannot see
                    }
                    var next = values.computeIfAbsent(page + "#" + f.name(),
                            k -> NastyInput.value(f.options()).sampleStream().iterator());
                    typed.put(f.name(), shape == 1 ? List.of(next.next(), next.next()) : List.of(next.next()));
                }
                if (random.nextInt(20) == 0) {
                    typed.put("unexpected" + random.nextInt(3), List.of("<b " + NastyInput.MARKER + ">x</b>"));
                }
                typed.forEach((name, vs) -> vs.forEach(v -> body.append('&').append(encode(name)).append('=')
                        .append(encode(v))));
                Map<String, List<String>> shown = new LinkedHashMap<>();
                typed.forEach((k, v) -> shown.put(k, v.stream().map(x -> x.length() > 60
                        ? NastyInput.escape(x.substring(0, 20)) + "…(" + x.length() + " chars)" : NastyInput.escape(x))
                        .toList()));
                described = shown.toString();
            }
            String action = actionOf.getOrDefault(page, page);
            WebClient.Page answer;
            long sentAt = System.nanoTime();
            try {
                answer = browser.postBody(action, body.toString());
            } catch (java.io.UncheckedIOException e) {
                failures.add("POST " + action + " " + described + " -> no answer: " + e.getMessage() + " after "
                        + (System.nanoTime() - sentAt) / 1_000_000 + " ms");
                break;
            }
            sent++;
            List<String> problems = new ArrayList<>(problems(answer));
            if (answer.status() / 100 == 3 && answer.header("Location").filter(l -> l.startsWith("/")).isPresent()) {
                WebClient.Page next = browser.get(answer.location());
                problems.addAll(problems(next).stream().map(p -> "after the redirect to " + answer.location() + ": " + p)
                        .toList());
                if (next.status() / 100 == 3) {
                    start(form); // sent, or the answers are gone: begin again, as a person would
                    fieldsOf.clear();
                }
            }
            if (!problems.isEmpty() && failures.isEmpty()) {
                keep(form.name(), answer);
            }
            for (String problem : problems) {
                if (failures.size() < 50) {
                    failures.add("POST " + action + " " + described + " -> " + answer.status() + ": " + problem);
                }
            }
        }
        return new Result(form.name(), sent, (System.nanoTime() - started) / 1_000_000, failures);
    }

    private void start(Form form) {
        browser.get(form.startPage());
        if (browser.csrfToken() != null && form.startPage().matches("/(enquiry|support)")) {
            browser.post(form.startPage(), Map.of());
        }
        for (String page : form.pages()) {
            Map<String, ?> answers = form.valid().get(page);
            if (answers != null) {
                browser.get(page);
                browser.post(page, answers);
            }
        }
    }

    /** The fields of the page's form (read from the page as a browser would see it); null if it shows none. */
    private List<Field> fields(Form form, String page) {
        List<Field> known = fieldsOf.get(page);
        if (known != null) {
            return known;
        }
        WebClient.Page shown = browser.get(page);
        if (shown.status() != 200) {
            start(form);
            shown = browser.get(page);
        }
        Element main = shown.html().selectFirst("main");
        Element found = main == null ? null : main.select("form").stream()
                .filter(f -> f.attr("method").equalsIgnoreCase("post") && !f.attr("action").endsWith("sign-out"))
                .findFirst().orElse(null);
        if (found == null) {
            return fieldsOf.getOrDefault(page, null);
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> hidden = new HashSet<>();
        for (Element input : found.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || input.attr("type").equals("submit")) {
                continue;
            }
            if (input.parents().stream().anyMatch(p -> p.attr("aria-hidden").equals("true"))) {
                hidden.add(name);
            }
            List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
            if (input.is("input[type=radio], input[type=checkbox], input[type=hidden]")) {
                values.add(input.attr("value"));
            }
            input.select("option").forEach(o -> values.add(o.attr("value")));
        }
        List<Field> fields = options.entrySet().stream()
                .map(e -> new Field(e.getKey(), e.getValue(), hidden.contains(e.getKey()))).toList();
        fieldsOf.put(page, fields);
        actionOf.put(page, found.attr("action").isEmpty() ? page.replaceFirst("\\?.*", "") : found.attr("action"));
        return fields;
    }

    /** Keeps the first failing page in target/fuzz-pages/, to look at. */
    private static void keep(String form, WebClient.Page page) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/fuzz-pages"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/fuzz-pages/" + form + ".html"), page.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What is wrong with one answer, if anything. */
    static List<String> problems(WebClient.Page page) {
        List<String> problems = new ArrayList<>();
        if (page.status() >= 500) {
            problems.add("a " + page.status() + " answer");
        }
        if (!page.header("Content-Type").orElse("").startsWith("text/html")) {
            return problems;
        }
        // jsoup reads U+FFFF as the end of its input (browsers keep it as a character): read it as U+FFFD
        Document doc = org.jsoup.Jsoup.parse(page.body().replace('\uffff', '\ufffd'));
        if (!doc.select("[" + NastyInput.MARKER + "], [onerror], [onfocus], [onload]").isEmpty()) {
            problems.add("generated markup is alive in the page: "
                    + doc.select("[" + NastyInput.MARKER + "], [onerror], [onfocus], [onload]").first().outerHtml());
        }
        for (Element script : doc.select("script")) {
            String src = script.attr("src");
            if (!src.startsWith("/static/") && !src.startsWith("/assets/")) {
                problems.add("a script that is not ours: " + script.outerHtml());
            }
        }
        var summary = doc.select(".govuk-error-summary__list a");
        if (page.status() == 422 && summary.isEmpty()) {
            problems.add("refused (422) without an error summary");
        }
        List<String> inline = doc.select(".govuk-error-message").eachText().stream()
                .map(t -> t.replaceFirst("^Error:\\s*", "")).toList();
        for (Element link : summary) {
            String id = link.attr("href").replaceFirst("^#", "");
            if (doc.getElementById(id) == null) {
                problems.add("the error '" + link.text() + "' links to #" + id + ", which is not on the page");
            }
            if (!inline.contains(link.text())) {
                problems.add("the error '" + link.text() + "' has no inline message beside its field");
            }
        }
        return problems;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
