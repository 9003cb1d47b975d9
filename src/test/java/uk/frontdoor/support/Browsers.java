package uk.frontdoor.support;

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
 */
public final class Browsers {
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    private static synchronized Browser browser() {
        if (browser == null) {
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
        return context;
    }

    /** Contexts made with JavaScript off: axe cannot run in their pages (timers never fire there). */
    private static final java.util.Set<BrowserContext> WITHOUT_JAVASCRIPT =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /** Fails with a readable list when axe-core finds any WCAG 2.0/2.1/2.2 A or AA violation on the page. */
    public static void assertAccessible(Page page) {
        if (WITHOUT_JAVASCRIPT.contains(page.context())) {
            assertAccessibleWithoutJavaScript(page);
            return;
        }
        analyze(page, page.url());
    }

    /**
     * axe needs JavaScript timers, which never fire in a page with JavaScript off. So the page's HTML as it
     * stands is shown, at the same address and with the same styles, in a page where axe can run but none
     * of the page's own scripts do (they are blocked), and checked there. One such page per context.
     */
    private static void assertAccessibleWithoutJavaScript(Page page) {
        String url = page.url();
        String html = page.content();
        Page copy = CHECKERS.computeIfAbsent(page.context(), context -> {
            BrowserContext checker = browser().newContext(new Browser.NewContextOptions()
                    .setJavaScriptEnabled(true).setLocale("en-GB").setTimezoneId("Europe/London"));
            context.onClose(closed -> {
                CHECKERS.remove(closed);
                checker.close();
            });
            return checker.newPage();
        });
        copy.route("**/*", route -> {
            if ("document".equals(route.request().resourceType())) {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html));
            } else if ("script".equals(route.request().resourceType())) {
                route.abort();
            } else {
                route.resume();
            }
        });
        try {
            copy.navigate(url);
            analyze(copy, url + " (JavaScript off)");
        } finally {
            copy.unrouteAll();
        }
    }

    private static final java.util.Map<BrowserContext, Page> CHECKERS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void analyze(Page page, String where) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
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
