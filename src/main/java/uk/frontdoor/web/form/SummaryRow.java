package uk.frontdoor.web.form;

import java.util.List;

/** A row of a GOV.UK summary list: the question's label key, the answer's lines and where to change it. */
public record SummaryRow(String labelKey, List<String> lines, String changeHref) {
}
