package uk.frontdoor.web.view;

import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.staff.StaffArea;
import uk.frontdoor.core.staff.StaffMember;

/** The staff navigation of a page: the areas core opens to this person, the one the page is in marked current. */
public final class StaffNavigation {
    private StaffNavigation() {
    }

    /** One link of the navigation; {@code search} says whether it is the search area (the box goes with it). */
    public record Link(String href, String messageKey, boolean current, boolean search) {
    }

    public static List<Link> links(StaffMember me, String path) {
        Optional<StaffArea> here = StaffArea.at(path);
        return StaffArea.of(me).stream().map(a -> new Link(a.path(), a.messageKey(), here.filter(a::equals).isPresent(),
                a == StaffArea.SEARCH)).toList();
    }
}
