package uk.frontdoor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The browser tests skip axe on a page whose structure already passed; these are the cases where that must and must
 * not happen, so no page state escapes the accessibility check.
 */
class PageStructureTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>%s</title></head><body>
            <form method="post" action="/staff/journeys/%s/checks">
              <input type="hidden" name="_csrf" value="%s">
              <label class="govuk-label" for="status-%s">%s</label>
              <select id="status-%s" name="status"><option>Completed</option></select>
            </form></body></html>""";

    private static String page(String title, String journey, String csrf, String labelFor, String label, String id) {
        return PAGE.formatted(title, journey, csrf, labelFor, label, id);
    }

    @Test
    void the_same_template_with_other_words_numbers_and_token_is_already_checked() {
        assertEquals(PageStructure.of(page("Ivy Invited", "41", "a1b2c3", "7", "Check 7", "7")),
                PageStructure.of(page("Sam Someone Else", "1042", "zz99yy", "12", "Check 12", "12")));
    }

    @Test
    void a_label_that_points_at_another_field_is_a_new_structure() {
        assertNotEquals(PageStructure.of(page("Ivy", "41", "t", "7", "Check 7", "7")),
                PageStructure.of(page("Ivy", "41", "t", "7", "Check 7", "8")));
    }

    @Test
    void an_id_that_repeats_a_number_used_elsewhere_is_a_new_structure() {
        assertNotEquals(PageStructure.of(page("Ivy", "41", "t", "7", "Check 7", "7")),
                PageStructure.of(page("Ivy", "7", "t", "7", "Check 7", "7")));
    }

    @Test
    void empty_text_where_there_was_text_is_a_new_structure() {
        assertNotEquals(PageStructure.of(page("Ivy", "41", "t", "7", "Check 7", "7")),
                PageStructure.of(page("", "41", "t", "7", "Check 7", "7")));
        assertNotEquals(PageStructure.of(page("Ivy", "41", "t", "7", "Check 7", "7")),
                PageStructure.of(page("Ivy", "41", "t", "7", " ", "7")));
    }

    @Test
    void another_class_or_attribute_is_a_new_structure() {
        String page = page("Ivy", "41", "t", "7", "Check 7", "7");
        assertNotEquals(PageStructure.of(page),
                PageStructure.of(page.replace("govuk-label\"", "govuk-label govuk-visually-hidden\"")));
        assertNotEquals(PageStructure.of(page),
                PageStructure.of(page.replace("<select ", "<select aria-describedby=\"status-7-error\" ")));
        assertNotEquals(PageStructure.of(page), PageStructure.of(page.replace("lang=\"en\"", "lang=\"\"")));
    }
}
