package uk.frontdoor.staff.queue;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.staff.Tag;

/**
 * One line of a queue's table, ready to show. {@code due} is null for a closed item; {@code fund} is null unless
 * the support case has a fund application close to its deadline; {@code newInformation} is null unless the
 * requester added information that no member of staff has opened yet. {@code version} is the item's as shown, which a
 * move of the ticked rows is made against.
 */
public record QueueRow(long id, int version, String reference, String title, String received, String dueDate, Tag due,
                       Tag status, String assignee, Tag fund, Tag newInformation) {

    /** The headings of the table's download, one for each of {@link #cells}. */
    static final List<String> COLUMNS = List.of("staff.queue.col.reference", "staff.queue.col.title",
            "staff.queue.col.received", "staff.queue.col.due", "staff.queue.csv.dueState", "staff.queue.col.status",
            "staff.queue.col.assignee", "staff.queue.csv.tags");

    /** The item's page (a plain string: a link expression per row was a tenth of the page's rendering time). */
    public String href() {
        return "/staff/items/" + id;
    }

    /** What a tick in this row's box sends. */
    public String ticked() {
        return id + ":" + version;
    }

    /** The row as the table shows it, cell by cell, for the download. */
    List<String> cells() {
        List<String> tags = new ArrayList<>();
        if (fund != null) {
            tags.add(fund.text());
        }
        if (newInformation != null) {
            tags.add(newInformation.text());
        }
        return List.of(reference, title, received, dueDate, due == null ? "" : due.text(), status.text(), assignee,
                String.join("; ", tags));
    }
}
