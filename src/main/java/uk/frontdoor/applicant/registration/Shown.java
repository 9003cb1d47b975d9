package uk.frontdoor.applicant.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.web.form.FormData;

/**
 * How many groups of each repeating kind a section's page shows: the filled ones and one empty one to fill
 * ("Add another adult" shows one more), never more than the section has room for. The page sends back how many
 * it showed ({@code shown-adult}), so empty groups a person added stay when the page is shown again.
 */
record Shown(Map<String, Integer> byKind) {

    int of(String kind) {
        return byKind.getOrDefault(kind, 0);
    }

    static Shown filled(RegistrationSection section, Map<String, String> values) {
        return count(section, values, null, null);
    }

    static Shown asBefore(RegistrationSection section, Map<String, String> values, FormData form) {
        return count(section, values, form, null);
    }

    static Shown adding(RegistrationSection section, Map<String, String> values, FormData form, String kind) {
        return count(section, values, form, kind);
    }

    private static Shown count(RegistrationSection section, Map<String, String> values, FormData form, String adding) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (String kind : section.repeating()) {
            int filled = section.filled(kind, values);
            int before = form == null ? 0 : number(form.get("shown-" + kind));
            int shown = Math.max(filled + 1, kind.equals(adding) ? Math.max(before, filled) + 1 : before);
            byKind.put(kind, Math.min(shown, section.most(kind)));
        }
        return new Shown(byKind);
    }

    private static int number(String text) {
        return text.matches("[0-9]{1,2}") ? Integer.parseInt(text) : 0;
    }
}
