package uk.frontdoor.testing;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One headless Chromium per test JVM (Debian's, at /usr/bin/chromium; Playwright's own download is not
 * possible here), with fresh contexts per journey, and axe-core checks against WCAG 2.2 AA.
 *
 * <p>axe is the slow part of every browser test (about 0.6 s a page with JavaScript, 1.2 s without), and the same
 * templates (sign-in, queues, the account page, task lists...) are reached again and again by many tests. So
 * {@link #assertAccessible} runs axe once per page <em>structure</em> in this build (both test JVMs share what passed: {@link CheckedStructures}), for each JavaScript mode and
 * viewport width (every page is checked at the width its test chose and again at a phone's,
 * {@link #PHONE_WIDTH}): a page
 * whose structure already passed is not checked again. The structure is the page's DOM as it stands, serialised
 * with:
 * <ul>
 * <li>every non-blank text node replaced by one fixed character (blank ones dropped), so text that is there or
 *     missing still differs, but a different name or date does not;</li>
 * <li>each distinct run of digits in attribute values replaced by its order of first appearance in the page
 *     (the first number seen becomes 0, the next different one 1...), so {@code /journeys/41} and
 *     {@code /journeys/42} are the same, but the pattern of which ids, {@code for}, {@code aria-describedby}
 *     and {@code href} values equal each other is kept: a duplicated id or a label pointing at the wrong field
 *     is a new structure, and is checked;</li>
 * <li>the value of hidden inputs (the CSRF token, versions, tokens) dropped: axe never reads them;</li>
 * <li>everything else kept exactly: every element, attribute, class, {@code style}, and the content of
 *     {@code <style>} and {@code <script>} elements; comments dropped.</li>
 * </ul>
 * Any difference in elements, attributes, classes, error messages shown or not, conditional reveals open or
 * closed, or empty versus non-empty text is a new structure and axe runs. What is not distinguished is the
 * wording and length of text, so a layout-dependent finding that only one wording triggers (a target squeezed
 * by a very long label, say) could be missed on a second page of the same structure. A structure is remembered
 * only after it passed, so a failing page fails every time, with the same message.
 */
public final class Browsers {
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            createTemporaryDirectory();
            playwright = Playwright.create();
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"));
            Path debian = Path.of("/usr/bin/chromium");
            if (Files.isExecutable(debian)) {
                options.setExecutablePath(debian);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** Chromium keeps its profiles in TMPDIR, which the pom points inside the test JVM's database directory: it may
     * not exist yet. */
    private static void createTemporaryDirectory() {
        String tmp = System.getenv("TMPDIR");
        if (tmp != null && !tmp.isBlank()) {
            try {
                Files.createDirectories(Path.of(tmp));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A new, empty browser session (its own cookies), with JavaScript on or off. */
    public static BrowserContext context(String baseUrl, boolean javaScript) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setJavaScriptEnabled(javaScript)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        if (!javaScript) {
            WITHOUT_JAVASCRIPT.add(context);
        }
        context.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.frame().parentFrame() == null) {
                DOCUMENTS.put(response.frame().page(), response);
            }
        });
        return context;
    }

    /** Each page's last document from the server, as sent: what the HTML checker reads. */
    private static final java.util.Map<Page, com.microsoft.playwright.Response> DOCUMENTS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Contexts made with JavaScript off: axe cannot run in their pages (timers never fire there). */
    private static final java.util.Set<BrowserContext> WITHOUT_JAVASCRIPT =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /**
     * Fails with a readable list when axe-core finds any WCAG 2.0/2.1/2.2 A or AA violation on the page, or when the
     * Nu HTML Checker finds an error in the HTML the server sent for it.
     */
    public static void assertAccessible(Page page) {
        assertValidHtml(page);
        boolean javaScript = !WITHOUT_JAVASCRIPT.contains(page.context());
        checkAtItsWidth(page, javaScript);
        // every page at a phone's width too (WCAG 2.2 AA at desktop and phone widths): tables, navigation and
        // targets are laid out differently there, and GOV.UK's scripts change some components (the service
        // navigation becomes a menu button); then back to the width the test chose
        com.microsoft.playwright.options.ViewportSize size = page.viewportSize();
        if (size != null && size.width > PHONE_WIDTH) {
            page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
            try {
                checkAtItsWidth(page, javaScript);
            } finally {
                page.setViewportSize(size.width, size.height);
            }
        }
    }

    /** A phone's viewport in CSS pixels (an iPhone's): below GOV.UK Frontend's 641px tablet breakpoint. */
    public static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 812;

    private static void checkAtItsWidth(Page page, boolean javaScript) {
        String html = page.content();
        // a page laid out at another width (a phone's) is checked again: contrast, overlap and target size differ
        String width = page.viewportSize() == null ? "" : page.viewportSize().width + "px ";
        String structure = (javaScript ? "JavaScript on " : "JavaScript off ") + width + PageStructure.of(html);
        if (CHECKED.contains(structure)) {
            return;
        }
        if (javaScript) {
            analyze(page, page.url());
        } else {
            assertAccessibleWithoutJavaScript(page, html);
        }
        CHECKED.add(structure);
    }

    /**
     * The document the server last sent for this page goes through the Nu HTML Checker, once per structure (see
     * {@link PageStructure}): the HTML as sent, not the DOM after scripts ran, because that is what has to be valid.
     */
    private static void assertValidHtml(Page page) {
        com.microsoft.playwright.Response document = DOCUMENTS.get(page);
        if (document == null || document.status() >= 300 && document.status() < 400
                || !String.valueOf(document.headerValue("content-type")).startsWith("text/html")) {
            return;
        }
        String html = document.text();
        String structure = PageStructure.of(html);
        if (VALID.contains(structure)) {
            return;
        }
        HtmlChecker.assertValid(html, document.url());
        VALID.add(structure);
    }

    /** Structures of documents the HTML checker found valid in this build (in either test JVM). */
    private static final CheckedStructures VALID = CheckedStructures.named("html");

    /** Page structures (with the JavaScript mode and width) that passed axe in this build (in either test JVM). */
    private static final CheckedStructures CHECKED = CheckedStructures.named("axe");

    /**
     * axe needs JavaScript timers, which never fire in a page with JavaScript off. So the page's HTML as it
     * stands is shown, at the same address and with the same styles, in a page where axe can run but none
     * of the page's own scripts do (they are blocked), and checked there. One such page per context.
     */
    private static void assertAccessibleWithoutJavaScript(Page page, String html) {
        String url = page.url();
        Page copy = CHECKERS.computeIfAbsent(page.context(), context -> {
            BrowserContext checker = browser().newContext(new Browser.NewContextOptions()
                    .setJavaScriptEnabled(true).setLocale("en-GB").setTimezoneId("Europe/London"));
            context.onClose(closed -> {
                CHECKERS.remove(closed);
                checker.close();
            });
            return checker.newPage();
        });
        if (page.viewportSize() != null) {
            copy.setViewportSize(page.viewportSize().width, page.viewportSize().height);
        }
        // only the document is routed (a regular expression the browser matches itself): styles and images load as
        // usual, without a round trip to this JVM each, and the page's scripts are taken out of its HTML
        java.util.regex.Pattern document = java.util.regex.Pattern.compile(
                "^" + url.replaceFirst("#.*$", "").replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0") + "$");
        String withoutScripts = SCRIPT.matcher(html).replaceAll("");
        copy.route(document, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html; charset=utf-8").setBody(withoutScripts)));
        try {
            copy.navigate(url);
            analyze(copy, url + " (JavaScript off)");
        } finally {
            copy.unrouteAll();
        }
    }

    private static final java.util.regex.Pattern SCRIPT =
            java.util.regex.Pattern.compile("(?is)<script\\b[^>]*>.*?</script>");

    private static final java.util.Map<BrowserContext, Page> CHECKERS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void analyze(Page page, String where) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // every rule still runs and every violation is reported in full; only the passes, incomplete and
        // inapplicable lists (which nothing here reads) are cut to one node each instead of being sent back whole
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(options)
                .setLegacyMode(true) // runs axe in the page itself: three times faster; we have no cross-origin frames
                .analyze();
        List<Rule> violations = results.getViolations().stream()
                .filter(v -> v.getNodes().stream().anyMatch(n -> !isGovukConditionalReveal(v, n))).toList();
        if (!violations.isEmpty()) {
            String report = violations.stream().map(v -> v.getId() + ": " + v.getHelp() + "\n    "
                    + v.getNodes().stream().filter(n -> !isGovukConditionalReveal(v, n)).map(n -> n.getHtml())
                    .collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Accessibility violations on " + where + "\n" + report);
        }
    }

    /**
     * GOV.UK Frontend's conditional reveal puts aria-expanded on the radio or checkbox that reveals a field.
     * ARIA does not allow it there and axe says so, but GOV.UK keep it on purpose because screen readers
     * announce it (alphagov/govuk-frontend#979, listed as a known issue). That one finding, on those inputs
     * only, is not counted; any other disallowed attribute still fails.
     */
    private static boolean isGovukConditionalReveal(Rule rule, com.deque.html.axecore.results.CheckedNode node) {
        String html = node.getHtml();
        String summary = String.valueOf(node.getFailureSummary());
        return "aria-allowed-attr".equals(rule.getId())
                && html.matches("(?s)<input class=\"govuk-(radios|checkboxes)__input\".*")
                && summary.contains("aria-expanded")
                && !summary.replaceAll("aria-expanded=\"(true|false)\"", "").matches("(?s).*aria-[a-z]+=.*");
    }
}
