package uk.frontdoor.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a request really came from, for rate limits. Behind a load balancer every request arrives
 * from the balancer, so with {@code FRONTDOOR_PROXY_HOPS} set to the number of proxies in front of the app,
 * the client is read from X-Forwarded-For, counting from the right (the entries our own proxies added), so a
 * client cannot choose its own address by sending the header itself.
 */
@Singleton
public class ClientAddress {
    private final int proxyHops;

    public ClientAddress(@Value("${frontdoor.proxy-hops:0}") int proxyHops) {
        this.proxyHops = proxyHops;
    }

    public String of(HttpRequest<?> request) {
        String remote = remote(request);
        if (proxyHops <= 0) {
            return remote;
        }
        List<String> chain = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    chain.add(part.trim());
                }
            }
        }
        chain.add(remote);
        int index = chain.size() - 1 - proxyHops;
        return index >= 0 ? chain.get(index) : chain.get(0);
    }

    static String remote(HttpRequest<?> request) {
        var address = request.getRemoteAddress();
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
