package uk.frontdoor.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * What the fuzzer types into a field (jqwik generators): long, empty, blank, control characters, right-to-left marks,
 * emoji and lone surrogates, HTML and script, SQL, things that look like dates and emails, and plausible answers
 * (so the pages behind the first one get reached), alone or run together. Plus the kept corpus of inputs that once
 * mattered ({@code src/test/resources/fuzz/corpus.txt}).
 */
final class NastyInput {
    /** An element that must never exist in a page: if it does, input reached the page unescaped. */
    static final String MARKER = "data-fuzz";

    private NastyInput() {
    }

    static final List<String> HTML = List.of(
            "<script " + MARKER + ">alert(1)</script>",
            "\"><script " + MARKER + ">alert(1)</script>",
            "'><img " + MARKER + " src=x onerror=alert(1)>",
            "</textarea><b " + MARKER + ">bold</b>",
            "\" " + MARKER + "=\"1\" autofocus onfocus=\"alert(1)",
            "javascript:alert(1)",
            "<svg/onload=alert(1) " + MARKER + ">",
            "{{7*7}}[[${7*7}]]__${T(java.lang.Runtime)}__::.x",
            "#{enquiry.title}");

    static final List<String> SQL = List.of(
            "' OR '1'='1", "'; DROP TABLE enquiry; --", "1; SELECT SLEEP(5)", "\" OR \"\"=\"", "\\' OR 1=1 #",
            "' UNION SELECT email FROM staff_account --", "%' AND 1=0 UNION SELECT NULL --");

    static final List<String> SHAPES = List.of(
            "", " ", "\t", "\r\n", "   \u00a0  ", "0", "-1", "99999999999999999999", "1e9", "NaN", "null",
            "31", "2", "2015", "29", "02", "1900", "3000", "a@b", "someone@example.org", "someone@example..org",
            "020 7946 0000", "+44 (0)20 7946 0000", "yes", "no", "lambeth", "merton", "elsewhere", "other", "true",
            "../../etc/passwd", "%00", "%", "\u0000", "\ufeff", "\ud83d", "\udc00", "\ud83d\ude00", "👩‍👩‍👧‍👦",
            "\u202eevil\u202c", "\u200f\u200e\u2067\u2069", "مرحبا", "שלום", "Zoë Ñúñez-O'Brien", "Łódź", "ß",
            "İı", "\u0301\u0301\u0301", "\u0007\u0008\u001b[31m", "\u007f", "\u2028\u2029");

    /** One field's value. */
    static Arbitrary<String> value(List<String> plausible) {
        Arbitrary<String> known = Arbitraries.of(concat(HTML, SQL, SHAPES, corpus()));
        Arbitrary<String> chosen = plausible.isEmpty() ? known : Arbitraries.of(plausible);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f')
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> longText = Arbitraries.of("a", "é", "😀", "<", "'", " ", "\u202e").flatMap(unit ->
                Arbitraries.integers().between(1000, 10_000).map(n -> unit.repeat(n / unit.length())));
        Arbitrary<String> mixed = Arbitraries.oneOf(chosen, known, control, anyUnicode).list().ofMinSize(2)
                .ofMaxSize(4).map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, chosen), net.jqwik.api.Tuple.of(4, known),
                net.jqwik.api.Tuple.of(2, control), net.jqwik.api.Tuple.of(2, anyUnicode),
                net.jqwik.api.Tuple.of(1, longText), net.jqwik.api.Tuple.of(3, mixed));
    }

    /** Raw bodies that are not what a browser would send: broken percent-encodings and odd separators. */
    static final List<String> BROKEN_BODIES = List.of(
            "%", "%zz=1", "=%", "a=%E0%A4%A", "a=%C0%AF", "a=%FF%FE", "&&&", "=", "a", "a==b=c", "%00=%00",
            "a=1&a=2&a=3", "a=%uD83D", "a=%ED%A0%BD", "+=+", "a=b;c=d");

    static List<String> corpus() {
        try (InputStream in = NastyInput.class.getClassLoader().getResourceAsStream("fuzz/corpus.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(unescape(line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus is kept readable: {@code \\uXXXX}, {@code \\n}, {@code \\r}, {@code \\t} and {@code \\\\} are escapes. */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || (c >= 0x2000 && c <= 0x206f)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
