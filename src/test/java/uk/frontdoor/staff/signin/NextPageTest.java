package uk.frontdoor.staff.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/", "/staff/queues/3", "/staff/queues/3?assigned=me&status=NEW",
            "/staff/items/42#history", "/staff?x=1"})
    void a_page_of_the_staff_site_is_where_the_person_goes_next(String next) {
        assertEquals(next, NextPage.orHome(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/staff", "//evil.example/staff", "/\\evil.example", "/staffing",
            "/staff.evil.example", "/", "/enquiry", "javascript:alert(1)", "/staff/../enquiry", "/staff//evil",
            "/staff/a b", "/staff/\r\nSet-Cookie:x=1", "/staff\\..\\x", "", "staff/queues"})
    void anywhere_else_is_replaced_by_the_staff_home_page(String next) {
        assertEquals("/staff", NextPage.orHome(next));
    }

    @org.junit.jupiter.api.Test
    void no_next_page_and_an_absurdly_long_one_go_home() {
        assertEquals("/staff", NextPage.orHome(null));
        assertEquals("/staff", NextPage.orHome("/staff/" + "a".repeat(3000)));
    }
}
