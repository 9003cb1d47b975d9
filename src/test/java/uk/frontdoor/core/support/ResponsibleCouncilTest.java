package uk.frontdoor.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.support.Responsibility.Rule;

class ResponsibleCouncilTest {
    private static final Council LAMBETH = Council.of(new Borough(2, 1, "lambeth", "Lambeth"));
    private static final Council MERTON = Council.of(new Borough(6, 2, "merton", "Merton"));
    private static final Council KENT = Council.outsideTheRegion("Kent County Council");
    private static final LocalDate ORDER = LocalDate.of(2022, 6, 15);

    private static Responsibility child(LocalDate order, LocalDate today) {
        return ResponsibleCouncil.decide(Requester.ADOPTIVE_PARENT, Optional.of(LAMBETH), MERTON,
                Optional.ofNullable(order), today);
    }

    @Test
    void the_placing_council_helps_a_family_on_the_day_before_the_third_anniversary_of_the_order() {
        Responsibility r = child(ORDER, LocalDate.of(2025, 6, 14));
        assertEquals(LAMBETH, r.council());
        assertEquals(Rule.PLACING_COUNCIL_WITHIN_THREE_YEARS, r.rule());
    }

    @Test
    void the_council_where_the_family_lives_helps_from_the_third_anniversary_itself() {
        Responsibility r = child(ORDER, LocalDate.of(2025, 6, 15));
        assertEquals(MERTON, r.council());
        assertEquals(Rule.WHERE_THE_FAMILY_LIVES_AFTER_THREE_YEARS, r.rule());
    }

    @Test
    void the_council_where_the_family_lives_helps_the_day_after_the_third_anniversary() {
        assertEquals(MERTON, child(ORDER, LocalDate.of(2025, 6, 16)).council());
    }

    @Test
    void the_placing_council_helps_on_the_day_of_the_order() {
        assertEquals(LAMBETH, child(ORDER, ORDER).council());
    }

    @Test
    void with_no_adoption_order_yet_the_placing_council_helps_however_long_the_child_has_been_placed() {
        Responsibility r = child(null, LocalDate.of(2040, 1, 1));
        assertEquals(LAMBETH, r.council());
        assertEquals(Rule.PLACING_COUNCIL_NO_ORDER_YET, r.rule());
    }

    @Test
    void an_order_made_on_a_leap_day_has_its_third_anniversary_on_28_february() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertEquals(LocalDate.of(2027, 2, 28), ResponsibleCouncil.placingCouncilUntil(leapDay));
        assertEquals(LAMBETH, child(leapDay, LocalDate.of(2027, 2, 27)).council());
        assertEquals(MERTON, child(leapDay, LocalDate.of(2027, 2, 28)).council());
        assertEquals(MERTON, child(leapDay, LocalDate.of(2027, 3, 1)).council());
    }

    @Test
    void a_placing_council_outside_the_region_is_responsible_and_flagged() {
        Responsibility r = ResponsibleCouncil.decide(Requester.ADOPTIVE_PARENT, Optional.of(KENT), MERTON,
                Optional.of(ORDER), LocalDate.of(2023, 1, 1));
        assertEquals(KENT, r.council());
        assertTrue(r.isOutsideTheRegion());
    }

    @Test
    void a_sibling_or_the_young_person_asking_follow_the_same_three_year_rule_as_parents() {
        for (Requester who : new Requester[] {Requester.ADOPTED_YOUNG_PERSON, Requester.SIBLING, Requester.OTHER}) {
            assertEquals(LAMBETH, ResponsibleCouncil.decide(who, Optional.of(LAMBETH), MERTON, Optional.of(ORDER),
                    LocalDate.of(2025, 6, 14)).council(), who.name());
            assertEquals(MERTON, ResponsibleCouncil.decide(who, Optional.of(LAMBETH), MERTON, Optional.of(ORDER),
                    LocalDate.of(2025, 6, 15)).council(), who.name());
        }
    }

    @Test
    void an_adopted_adult_is_helped_where_they_live_whatever_the_order_date() {
        Responsibility r = ResponsibleCouncil.decide(Requester.ADOPTED_ADULT, Optional.of(LAMBETH), MERTON,
                Optional.of(LocalDate.of(2024, 1, 1)), LocalDate.of(2024, 6, 1));
        assertEquals(MERTON, r.council());
        assertEquals(Rule.WHERE_THEY_LIVE, r.rule());
    }

    @Test
    void a_birth_relative_living_outside_the_region_is_helped_where_the_adoption_was_made() {
        Responsibility r = ResponsibleCouncil.decide(Requester.BIRTH_RELATIVE, Optional.of(LAMBETH), KENT,
                Optional.empty(), LocalDate.of(2024, 6, 1));
        assertEquals(LAMBETH, r.council());
        assertEquals(Rule.WHERE_THE_ADOPTION_WAS_MADE, r.rule());
        assertFalse(r.isOutsideTheRegion());
    }

    @Test
    void a_birth_relative_who_lives_outside_the_region_and_does_not_know_the_placing_council_is_flagged() {
        Responsibility r = ResponsibleCouncil.decide(Requester.BIRTH_RELATIVE, Optional.empty(), KENT,
                Optional.empty(), LocalDate.of(2024, 6, 1));
        assertEquals(KENT, r.council());
        assertEquals(Rule.WHERE_THEY_LIVE, r.rule());
        assertTrue(r.isOutsideTheRegion());
    }
}
