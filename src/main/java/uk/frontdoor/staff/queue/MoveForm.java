package uk.frontdoor.staff.queue;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.work.WorkQueue.Move;
import uk.frontdoor.core.work.WorkQueue.Ticked;
import uk.frontdoor.web.form.FormData;

/**
 * The queue's "move selected items" form: the ticked rows ({@code items}, each {@code <id>:<version>} as the page
 * showed it), the button pressed ({@code action}: {@code return} to the queue, else assign to {@code assignee}), and
 * the view it was sent from (its filters, order and page), to go back to.
 */
record MoveForm(List<Ticked> ticked, Move move, QueueQuery query) {

    static MoveForm from(FormData form) {
        List<Ticked> ticked = new ArrayList<>();
        for (String value : form.all("items")) {
            String[] parts = value.split(":", 2);
            if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,9}")) {
                ticked.add(new Ticked(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
            }
        }
        String assignee = form.get("assignee");
        Move move = "return".equals(form.get("action")) ? Move.toTheQueue()
                : Move.to(assignee != null && assignee.matches("\\d{1,18}") ? Long.parseLong(assignee) : null);
        QueueQuery query = QueueQuery.from(form.get("assigned"), form.get("status"), form.get("after"),
                form.get("afterId"), form.get("reference"), form.get("sort"), form.get("order"));
        return new MoveForm(ticked, move, query);
    }
}
