package uk.frontdoor.staff.workitem;

/** A GOV.UK notification banner's message: green for something done, blue for something to know. */
public record Banner(String text, boolean success) {
}
