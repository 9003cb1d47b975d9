package uk.frontdoor.staff;

/** A GOV.UK tag's words and colour (null for the default dark blue). */
public record Tag(String text, String colour) {
    /**
     * The tag's classes, for a table that writes a tag on every row: there the markup of {@code components/tag} is
     * written inline, because including a fragment for each cell was most of a queue page's rendering (issue 17).
     */
    public String classes() {
        return colour == null ? "govuk-tag" : "govuk-tag govuk-tag--" + colour;
    }
}
