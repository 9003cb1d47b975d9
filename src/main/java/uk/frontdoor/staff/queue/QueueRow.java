package uk.frontdoor.staff.queue;

import uk.frontdoor.staff.Tag;

/**
 * One line of a queue's table, ready to show. {@code due} is null for a closed item; {@code fund} is null unless
 * the support case has a fund application close to its deadline; {@code newInformation} is null unless the
 * requester added information that no member of staff has opened yet.
 */
public record QueueRow(long id, String reference, String title, String received, String dueDate, Tag due,
                       Tag status, String assignee, Tag fund, Tag newInformation) {

    /** The item's page (a plain string: a link expression per row was a tenth of the page's rendering time). */
    public String href() {
        return "/staff/items/" + id;
    }
}
