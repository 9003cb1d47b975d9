package uk.frontdoor.core.support;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.platform.db.Sql;

/** Reads support requests for the staff who deal with them. */
@Singleton
public class SupportRecords {
    private final Sql sql;
    private final RegionDirectory region;

    public SupportRecords(Sql sql, RegionDirectory region) {
        this.sql = sql;
        this.region = region;
    }

    public Optional<SupportRequest> find(long id) {
        List<Borough> boroughs = region.boroughs();
        return sql.one("""
                SELECT id, reference, submitted_at, requester, requester_other, full_name, email, phone,
                       safe_to_leave_message, safe_to_send_post, safe_contact_notes, child_first_name, child_born_on,
                       placed_on, adoption_order_on, placing_borough_id, placing_council_other, lives_in_borough_id,
                       lives_in_council_other, help, help_other, urgency, support_before
                FROM support_request WHERE id = ?""", rs -> map(rs, boroughs), id);
    }

    /**
     * The name of the council responsible for this request on {@code today} when it is outside the region (the person
     * is told plainly that it, not the agency, will help); empty when it is one of the region's boroughs.
     */
    public Optional<String> responsibleOutsideTheRegion(long id, LocalDate today) {
        return find(id).map(r -> r.responsibility(today)).filter(Responsibility::isOutsideTheRegion)
                .map(r -> r.council().name());
    }

    private static SupportRequest map(ResultSet rs, List<Borough> boroughs) throws SQLException {
        return new SupportRequest(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                Requester.byCode(rs.getString(4)).orElse(Requester.OTHER), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11),
                rs.getString(12), rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
                rs.getObject(15, LocalDate.class), council(rs.getObject(16, Long.class), rs.getString(17), boroughs),
                council(rs.getObject(18, Long.class), rs.getString(19), boroughs),
                Arrays.stream(rs.getString(20).split(",")).filter(s -> !s.isBlank()).toList(), rs.getString(21),
                Urgency.byCode(rs.getString(22)).orElse(Urgency.NOT_URGENT), rs.getString(23));
    }

    private static Council council(Long boroughId, String other, List<Borough> boroughs) {
        if (boroughId == null) {
            return Council.outsideTheRegion(other);
        }
        return boroughs.stream().filter(b -> b.id() == boroughId).findFirst().map(Council::of)
                .orElseGet(() -> Council.outsideTheRegion(other == null ? "" : other));
    }
}
