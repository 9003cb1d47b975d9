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
        return browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setJavaScriptEnabled(javaScript)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
    }

    /** Fails with a readable list when axe-core finds any WCAG 2.0/2.1/2.2 A or AA violation on the page. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream().map(v -> v.getId() + ": " + v.getHelp() + "\n    "
                    + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Accessibility violations on " + page.url() + "\n" + report);
        }
    }
}
