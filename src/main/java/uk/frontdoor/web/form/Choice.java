package uk.frontdoor.web.form;

/** One option of a radios or checkboxes question: its value and the message keys of its words. */
public record Choice(String value, String labelKey, String hintKey, boolean dividerBefore, boolean exclusive) {
    public static Choice of(String value, String labelKey) {
        return new Choice(value, labelKey, null, false, false);
    }

    public Choice withHint(String key) {
        return new Choice(value, labelKey, key, dividerBefore, exclusive);
    }

    /** Shown after an "or" divider; for checkboxes also unticks the others ("none of these"). */
    public Choice afterDivider(boolean exclusive) {
        return new Choice(value, labelKey, hintKey, true, exclusive);
    }
}
