package uk.frontdoor.core.notify;

/**
 * Whether an email a visitor's form causes may go to an address now. The public forms are open to anyone, so
 * anyone could make the agency email any address: the web layer limits how many such emails one address gets in
 * an hour and hands its answer to the service that sends. The service asks only at the moment it would queue the
 * email, so only emails really sent count.
 */
@FunctionalInterface
public interface EmailAllowance {
    /** For emails a person asked for by a link that was already emailed to them (an offer accepted, say). */
    EmailAllowance ALWAYS = recipient -> true;

    /** True if one more email may go to {@code recipient} now (asking counts as sending one). */
    boolean allows(String recipient);
}
