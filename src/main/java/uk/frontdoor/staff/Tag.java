package uk.frontdoor.staff;

/** A GOV.UK tag's words and colour (null for the default dark blue). */
public record Tag(String text, String colour) {
}
