package uk.frontdoor.core.enquiry;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.platform.db.Sql;

/** Reads submitted enquiries. Lists of codes are stored comma-separated. */
@Singleton
public class EnquiryRecords {
    private final Sql sql;

    public EnquiryRecords(Sql sql) {
        this.sql = sql;
    }

    public Optional<Enquiry> find(long id) {
        return sql.one("""
                SELECT e.id, e.reference, e.submitted_at, e.borough_id, b.name, e.full_name, e.email, e.phone,
                       e.contact_method, e.contact_times, e.applying_with, e.partner_name, e.interests,
                       e.children_considered, e.children_notes, e.heard_about, e.heard_about_other,
                       e.method, s.display_name
                FROM enquiry e JOIN borough b ON b.id = e.borough_id LEFT JOIN staff_account s ON s.id = e.recorded_by
                WHERE e.id = ?""",
                rs -> new Enquiry(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        codes(rs.getString(10)), rs.getString(11), rs.getString(12), codes(rs.getString(13)),
                        codes(rs.getString(14)), rs.getString(15), rs.getString(16), rs.getString(17),
                        EnquiryMethod.valueOf(rs.getString(18)), rs.getString(19)), id);
    }

    public static String join(List<String> codes) {
        return String.join(",", codes);
    }

    public static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
