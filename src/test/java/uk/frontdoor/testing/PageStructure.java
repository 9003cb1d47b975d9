package uk.frontdoor.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's structure for axe-core: its DOM with the wording taken out, so two pages built from the same template
 * in the same state have the same structure. See {@link Browsers} for what is kept and why.
 */
final class PageStructure {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> numbers = new HashMap<>();

    private PageStructure() {
    }

    /** A SHA-256 hash (hex) of the structure of this HTML. */
    static String of(String html) {
        return sha256(serialised(html));
    }

    /** The structure itself, readable (for tests and for looking into a surprise). */
    static String serialised(String html) {
        PageStructure structure = new PageStructure();
        structure.write(Jsoup.parse(html));
        return structure.out.toString();
    }

    private void write(Node node) {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                out.append('x');
            }
        } else if (node instanceof DataNode data) { // <style> and <script>: kept as they are
            out.append(data.getWholeData());
        } else if (node instanceof DocumentType type) {
            out.append(type.outerHtml());
        } else if (node instanceof Element element) {
            out.append('<').append(element.tagName());
            boolean hidden = "input".equals(element.normalName()) && "hidden".equalsIgnoreCase(element.attr("type"));
            for (Attribute attribute : element.attributes()) {
                out.append(' ').append(attribute.getKey());
                if (!(hidden && "value".equals(attribute.getKey()))) {
                    out.append("=\"").append(numbered(attribute.getValue()).replace("&", "&amp;").replace("\"", "&quot;"))
                            .append('"');
                }
            }
            out.append('>');
            node.childNodes().forEach(this::write);
            out.append("</").append(element.tagName()).append('>');
        } else {
            node.childNodes().forEach(this::write); // the document itself; comments have none and are dropped
        }
    }

    /** Each distinct number replaced by the order in which it first appeared in this page's attributes. */
    private String numbered(String value) {
        Matcher digits = DIGITS.matcher(value);
        StringBuilder replaced = new StringBuilder();
        while (digits.find()) {
            int order = numbers.computeIfAbsent(digits.group(), n -> numbers.size());
            digits.appendReplacement(replaced, "#" + order);
        }
        digits.appendTail(replaced);
        return replaced.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
