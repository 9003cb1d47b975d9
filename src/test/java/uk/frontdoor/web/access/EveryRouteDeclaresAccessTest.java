package uk.frontdoor.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;

/** Default deny, checked from the router itself: a route that forgets to say who may use it fails the build. */
@MicronautTest(transactional = false)
class EveryRouteDeclaresAccessTest extends AppTest {
    @Inject
    Router router;

    @Test
    void every_route_the_router_knows_declares_who_may_use_it() {
        List<String> undeclared = router.uriRoutes()
                .map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> !r.getAnnotationMetadata().hasAnnotation(Public.class)
                        && !r.getAnnotationMetadata().hasAnnotation(StaffOnly.class)
                        && !r.getAnnotationMetadata().hasAnnotation(ApplicantOnly.class))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate())
                .toList();
        assertTrue(router.uriRoutes().count() > 3, "the router knows our routes");
        assertEquals(List.of(), undeclared, "routes without @Public, @StaffOnly or @ApplicantOnly are refused to everyone");
    }

    @Test
    void staff_routes_live_under_staff_and_nothing_under_staff_is_public_but_sign_in() {
        List<String> misplaced = router.uriRoutes()
                .map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> {
                    String path = r.getUriMatchTemplate().toString();
                    boolean staffOnly = r.getAnnotationMetadata().hasAnnotation(StaffOnly.class)
                            && !r.getAnnotationMetadata().hasDeclaredAnnotation(Public.class);
                    boolean underStaff = path.startsWith("/staff");
                    // signing in, signing out (which must work even when the session has already expired), and
                    // setting a password from an emailed link (before the person can sign in at all), and setting up
                    // the authenticator app an administrator must have before their sign-in is complete
                    boolean signIn = path.startsWith("/staff/sign-in") || path.equals("/staff/sign-out")
                            || path.startsWith("/staff/set-password") || path.equals("/staff/two-factor/set-up");
                    return staffOnly != underStaff && !signIn;
                })
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate())
                .toList();
        assertEquals(List.of(), misplaced);
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_explained() {
        var client = client();
        client.get("/");
        var refused = client.postRaw("/staff/sign-in", Map.of("email", "someone@example.org", "password", "x"));
        assertEquals(403, refused.status());
        assertEquals("Your form could not be sent", refused.html().selectFirst("h1").text());
    }
}
