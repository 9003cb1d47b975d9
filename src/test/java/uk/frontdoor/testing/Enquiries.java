package uk.frontdoor.testing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;

/** Test data: an enquiry as the public form would have stored it, with its work item in the routed queue. */
public final class Enquiries {
    private Enquiries() {
    }

    public record Made(long enquiryId, long workItemId, String reference, long teamId) { }

    public static Made make(Sql sql, WorkQueue queue, RegionDirectory region, String email, String fullName,
                            String boroughCode) {
        var borough = region.boroughByCode(boroughCode).orElseThrow();
        long teamId = region.routing().teamFor(WorkKind.ENQUIRY, borough.id()).orElseThrow().id();
        String reference = new ReferenceNumbers().next("ENQ");
        long enquiryId = sql.insert("""
                INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method,
                    contact_times, applying_with, partner_name, interests, children_considered, children_notes,
                    heard_about, heard_about_other, privacy_version, consent_at)
                VALUES (?, ?, ?, ?, ?, '020 7946 0000', 'email', 'weekday-mornings', 'alone', NULL, 'adopting-a-child',
                    NULL, NULL, 'search-engine', NULL, '1', ?)""",
                reference, LocalDateTime.now(ZoneOffset.UTC), borough.id(), fullName, email,
                LocalDateTime.now(ZoneOffset.UTC));
        long itemId = queue.create(WorkKind.ENQUIRY, teamId, Subject.ENQUIRY, enquiryId, reference,
                "Adoption enquiry – " + borough.name());
        return new Made(enquiryId, itemId, reference, teamId);
    }
}
