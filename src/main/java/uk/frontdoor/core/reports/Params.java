package uk.frontdoor.core.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A query's parameters, added in the order their {@code ?} appear. */
final class Params {
    private final List<Object> values = new ArrayList<>();

    Params add(Object... more) {
        values.addAll(Arrays.asList(more));
        return this;
    }

    List<Object> list() {
        return values;
    }

    Object[] array() {
        return values.toArray();
    }
}
