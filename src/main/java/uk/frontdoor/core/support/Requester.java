package uk.frontdoor.core.support;

import java.util.Arrays;
import java.util.Optional;

/** Who is asking for adoption support, as the person says on the first question page. */
public enum Requester {
    ADOPTIVE_PARENT("adoptive-parent", false),
    ADOPTED_YOUNG_PERSON("adopted-young-person", false),
    ADOPTED_ADULT("adopted-adult", true),
    BIRTH_RELATIVE("birth-relative", true),
    SIBLING("sibling", false),
    OTHER("other", false);

    private final String code;
    private final boolean byWhereTheyLive;

    Requester(String code, boolean byWhereTheyLive) {
        this.code = code;
        this.byWhereTheyLive = byWhereTheyLive;
    }

    /** The option code used in forms and stored on the request. */
    public String code() {
        return code;
    }

    /**
     * True for adopted adults and birth relatives: the council responsible for them is found from where
     * they live (or where the adoption was made), not from the three years after an adoption order.
     */
    public boolean isHelpedWhereTheyLive() {
        return byWhereTheyLive;
    }

    public static Optional<Requester> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
