package uk.frontdoor.web.form;

import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.platform.ratelimit.RateLimit;
import uk.frontdoor.platform.ratelimit.RateLimiter;
import uk.frontdoor.web.session.ClientAddress;
import uk.frontdoor.web.view.Page;

/**
 * What keeps software from misusing the forms anyone may send ({@link PublicForm}): sending them by the thousand, or
 * making the agency email any address.
 * <ul>
 * <li>a honeypot: a field people never see or reach ({@code views/components/honeypot.html}); a form with it filled
 * in is refused (400) and nothing in it is kept or sent;</li>
 * <li>a limit per client address ({@link ClientAddress}): at most {@code frontdoor.rate-limit.<setting>} sends an
 * hour, then a page saying so, with a phone number, answered 429 with Retry-After;</li>
 * <li>a limit per email address: at most {@value #EMAILS_PER_HOUR} emails an hour from each form to one address.
 * Past it the form is still taken and the page is the same, as for sign-in links, so the limit tells nobody what
 * else went to that address; only the email is not sent.</li>
 * </ul>
 * Counts are kept in MariaDB ({@link RateLimiter}), so the limits hold across every app node.
 */
@Singleton
public class FormGuard {
    /** The honeypot's name: only software that fills in every field fills it in. */
    public static final String HONEYPOT = "website";
    /** Emails from one form to one address in an hour: enough for a person, too few to flood an inbox. */
    public static final int EMAILS_PER_HOUR = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FormGuard.class);

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final RegionDirectory region;
    private final Map<PublicForm, RateLimit> perAddress = new EnumMap<>(PublicForm.class);
    private final Map<PublicForm, RateLimit> perEmail = new EnumMap<>(PublicForm.class);

    public FormGuard(RateLimiter limiter, ClientAddress clientAddress, RegionDirectory region, Environment environment) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.region = region;
        for (PublicForm form : PublicForm.values()) {
            int limit = environment.getProperty("frontdoor.rate-limit." + form.setting, Integer.class)
                    .orElse(form.defaultPerHour);
            perAddress.put(form, RateLimit.perHour(form.counter, limit));
            perEmail.put(form, RateLimit.perHour(form.counter + "-email", EMAILS_PER_HOUR));
        }
    }

    /** The refusal page if the honeypot is filled in: for pages that keep answers but send nothing yet. */
    public Optional<HttpResponse<?>> automated(PublicForm form, FormData data) {
        if (data.get(HONEYPOT).isEmpty()) {
            return Optional.empty();
        }
        LOG.warn("{} refused: the field people cannot see was filled in", form);
        return Optional.of(notSent(form, "publicForm.refused", form.messages + ".refused.phone")
                .status(HttpStatus.BAD_REQUEST).response());
    }

    /**
     * Before a form is acted on (something kept, places taken, an email queued): the honeypot, then one more send
     * counted against the client's address. Empty when it may go ahead; otherwise the page to answer with.
     */
    public Optional<HttpResponse<?>> refusal(PublicForm form, HttpRequest<?> request, FormData data) {
        Optional<HttpResponse<?>> automated = automated(form, data);
        if (automated.isPresent()) {
            return automated;
        }
        RateLimit limit = perAddress.get(form);
        RateLimiter.Decision decision = limiter.hit(limit, clientAddress.of(request));
        if (decision.allowed()) {
            return Optional.empty();
        }
        LOG.warn("{} refused: {} sends from one address within the hour (limit {})", form, decision.hits(),
                limit.limit());
        return Optional.of(notSent(form, form.messages + ".tooMany", form.messages + ".tooMany.phone")
                .with("dangerWarning", form.dangerWarning).status(HttpStatus.TOO_MANY_REQUESTS).response()
                .header("Retry-After", String.valueOf(decision.retryAfter().toSeconds())));
    }

    /** Whether the form may email an address now: each answer of yes counts one email against the address. */
    public EmailAllowance emails(PublicForm form) {
        RateLimit limit = perEmail.get(form);
        return recipient -> {
            if (limiter.hit(limit, recipient.strip().toLowerCase(Locale.ROOT)).allowed()) {
                return true;
            }
            LOG.warn("{}: email not sent, {} already went to one address within the hour", form, limit.limit());
            return false;
        };
    }

    /** The page saying the form was not sent: its words, and the agency's phone number to use instead. */
    private Page notSent(PublicForm form, String words, String phoneWords) {
        return Page.of("forms/not-sent").with("words", words).with("phoneWords", phoneWords)
                .with("phone", region.publicPhone().orElse(null)).with("exitThisPage", form.exitThisPage);
    }
}
