package uk.frontdoor.core.questions;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A draft's answers as one url-encoded text, so that adding a question needs no schema change: every
 * field's values, and the slugs of the pages answered so far.
 *
 * @param values   each field's values, in the order given
 * @param answered the slugs of the pages answered (an optional page answered with nothing still counts)
 */
public record DraftText(Map<String, List<String>> values, Set<String> answered) {
    private static final String ANSWERED = "_answered";

    public static String encode(Map<String, List<String>> values, Collection<String> answeredSlugs) {
        List<String> pairs = new ArrayList<>();
        values.forEach((field, list) -> list.forEach(v -> pairs.add(pair(field, v))));
        answeredSlugs.forEach(slug -> pairs.add(pair(ANSWERED, slug)));
        return String.join("&", pairs);
    }

    public static DraftText decode(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> answered = new LinkedHashSet<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String field = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (ANSWERED.equals(field)) {
                    answered.add(value);
                } else {
                    values.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
                }
            }
        }
        values.replaceAll((field, list) -> List.copyOf(list));
        return new DraftText(values, answered);
    }

    private static String pair(String field, String value) {
        return URLEncoder.encode(field, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
