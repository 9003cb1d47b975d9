package uk.frontdoor.web.form;

/** One option of a GOV.UK select whose words are data (a team's or a person's name), not a message key. */
public record SelectOption(String value, String text) {
}
