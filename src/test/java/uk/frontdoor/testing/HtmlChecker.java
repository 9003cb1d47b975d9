package uk.frontdoor.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu HTML Checker (the validator behind validator.w3.org/nu), run in this JVM on the HTML the server sent.
 * Errors fail; warnings and information (a trailing slash on a void element, say) do not. One checker per thread:
 * setting one up reads its schemas once (about a second), checking a page then takes milliseconds.
 */
public final class HtmlChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5.rnc";
    private static final ThreadLocal<HtmlChecker> PER_THREAD = ThreadLocal.withInitial(HtmlChecker::new);

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    static {
        // the checker logs through log4j 1, which nothing here configures: say nothing rather than warn about it
        org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
    }

    private HtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not start", e);
        }
    }

    /** The checker's errors on this document, each with its line and column; empty when the HTML is valid. */
    public static List<String> errorsIn(String html) {
        return PER_THREAD.get().check(html);
    }

    /** Fails with every error the checker finds in the document, naming where it came from. */
    public static void assertValid(String html, String where) {
        List<String> found = errorsIn(html);
        if (!found.isEmpty()) {
            throw new AssertionError("Invalid HTML on " + where + " (Nu HTML Checker)\n    " + String.join("\n    ", found));
        }
    }

    private List<String> check(String html) {
        errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (SAXParseException e) {
            // already reported to the handler
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker failed", e);
        }
        return List.copyOf(errors);
    }
}
