package uk.frontdoor.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void with_no_proxy_in_front_the_forwarded_header_is_ignored_so_a_client_cannot_pick_its_address() {
        MutableHttpRequest<?> request = HttpRequest.GET("/").header("X-Forwarded-For", "1.2.3.4");
        assertEquals(ClientAddress.remote(request), new ClientAddress(0).of(request));
    }

    @Test
    void behind_one_proxy_the_client_is_the_last_address_it_added() {
        MutableHttpRequest<?> request = HttpRequest.GET("/").header("X-Forwarded-For", "6.6.6.6, 203.0.113.9");
        assertEquals("203.0.113.9", new ClientAddress(1).of(request), "6.6.6.6 was made up by the client");
    }

    @Test
    void behind_two_proxies_count_two_from_the_right() {
        MutableHttpRequest<?> request = HttpRequest.GET("/").header("X-Forwarded-For", "6.6.6.6, 203.0.113.9, 10.0.0.2");
        assertEquals("203.0.113.9", new ClientAddress(2).of(request));
    }
}
