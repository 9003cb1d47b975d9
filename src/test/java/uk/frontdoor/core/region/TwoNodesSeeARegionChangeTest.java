package uk.frontdoor.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;

/**
 * What the public pages show of the region is read at most every 2 seconds per node (ADR 63), the region's name every
 * minute: an administrator's change shows at once on the node that made it, and on every other node within the
 * bound, never later. Two directories on the one database stand for two nodes; their clock is stepped, not waited on.
 */
@MicronautTest(transactional = false)
class TwoNodesSeeARegionChangeTest extends AppTest {
    private static final Duration FRESH_FOR = Duration.ofSeconds(2);

    @Inject
    Sql sql;
    @Inject
    RegionDirectory region;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void a_new_phone_number_shows_at_once_where_it_was_changed_and_on_the_other_node_within_two_seconds() {
        RegionDirectory changing = new RegionDirectory(sql, FRESH_FOR, nanos::get);
        RegionDirectory other = new RegionDirectory(sql, FRESH_FOR, nanos::get);
        ContactDetails before = region.contactDetails();
        long regionId = region.regionId();
        try {
            changing.setContactDetails(regionId, withPhone(before, "020 7946 0001"));
            assertEquals(Optional.of("020 7946 0001"), changing.recentPublicPhone());
            assertEquals(Optional.of("020 7946 0001"), other.recentPublicPhone());

            nanos.addAndGet(Duration.ofMillis(500).toNanos());
            changing.setContactDetails(regionId, withPhone(before, "020 7946 0002"));

            assertEquals(Optional.of("020 7946 0002"), changing.recentPublicPhone(), "the node that changed it");
            assertEquals(Optional.of("020 7946 0001"), other.recentPublicPhone(), "0.5 s after the other node read it");
            nanos.addAndGet(Duration.ofMillis(1_499).toNanos());
            assertEquals(Optional.of("020 7946 0001"), other.recentPublicPhone(), "1.999 s after it read it");
            nanos.addAndGet(Duration.ofMillis(1).toNanos());
            assertEquals(Optional.of("020 7946 0002"), other.recentPublicPhone(), "2 s after it read it: never later");
        } finally {
            region.setContactDetails(regionId, before);
        }
    }

    @Test
    void a_renamed_region_shows_at_once_where_it_was_renamed_and_on_the_other_node_within_a_minute() {
        RegionDirectory renaming = new RegionDirectory(sql, FRESH_FOR, nanos::get);
        RegionDirectory other = new RegionDirectory(sql, FRESH_FOR, nanos::get);
        String before = region.displayName();
        long regionId = region.regionId();
        try {
            assertEquals(before, other.recentDisplayName());
            assertEquals(before, renaming.recentDisplayName());

            sql.update("UPDATE region SET display_name = ? WHERE id = ?", "Adopt Somewhere Else", regionId);
            renaming.forgetName(); // what RegionAdministration.rename does after its update

            assertEquals("Adopt Somewhere Else", renaming.recentDisplayName());
            nanos.addAndGet(RegionDirectory.NAME_FRESH_FOR.toNanos());
            assertEquals(before, other.recentDisplayName(), "a minute to the nanosecond: still the name it read");
            nanos.addAndGet(1);
            assertEquals("Adopt Somewhere Else", other.recentDisplayName(), "past the minute");
        } finally {
            sql.update("UPDATE region SET display_name = ? WHERE id = ?", before, regionId);
            region.forgetName();
        }
    }

    private static ContactDetails withPhone(ContactDetails d, String phone) {
        return new ContactDetails(phone, d.email(), d.postalAddress(), d.openingHours(), d.dataProtectionEmail());
    }
}
