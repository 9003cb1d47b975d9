package uk.frontdoor.core.support;

import java.util.Objects;
import uk.frontdoor.core.region.Borough;

/**
 * A council named on a support request: one of the region's boroughs, or a council outside the region
 * that the person typed in (which the agency still receives, flagged, and tells the person who will help).
 *
 * @param borough the region's borough, or null for a council outside the region
 * @param name    the council's name as shown to staff
 */
public record Council(Borough borough, String name) {

    public Council {
        Objects.requireNonNull(name, "a council has a name");
    }

    public static Council of(Borough borough) {
        return new Council(borough, borough.name());
    }

    public static Council outsideTheRegion(String name) {
        return new Council(null, name);
    }

    public boolean isInRegion() {
        return borough != null;
    }
}
