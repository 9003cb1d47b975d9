package uk.frontdoor.staff.workitem;

import uk.frontdoor.web.form.FormData;

/** Reading the hidden fields the item page's forms share. */
final class ItemForms {
    private ItemForms() {
    }

    /**
     * The version of the item the person saw. A missing or garbled one counts as out of date, so the
     * change is refused as a conflict rather than applied to something they have not seen.
     */
    static int version(FormData form) {
        try {
            return Integer.parseInt(form.get("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
