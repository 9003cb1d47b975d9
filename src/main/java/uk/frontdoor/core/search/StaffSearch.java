package uk.frontdoor.core.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.subjectaccess.PersonKeys;
import uk.frontdoor.core.subjectaccess.SubjectAccess;
import uk.frontdoor.platform.db.Sql;

/**
 * Staff search (issue 15, ADR 51): one box for a reference, an email address, a phone number, a postcode or a name,
 * over every record the person's teams may see ({@link StaffMember#canSeeTeam}, the queues' rule) and never others.
 * Exact keys come first (reference, then email, phone, postcode), then name matches; each hit says what it is and
 * where it opens. Every search is one audit row naming the records it showed and what kind of key was typed, never
 * the words typed (they are someone's name, address or number).
 */
@Singleton
public class StaffSearch {
    /** What is typed. */
    public static final String FIELD = "q";
    static final int SHORTEST = 3;
    static final int LONGEST = 200;
    /** At most this many hits are shown: more means the search should be narrower. */
    public static final int MOST = 50;
    private static final String ERROR = "staff.search.error.";

    /** What a hit is. */
    public enum Kind { ENQUIRY, SUPPORT_REQUEST, REGISTRATION, JOURNEY, EVENT_BOOKING }

    /** What matched, in the order hits are ranked. */
    public enum Match { REFERENCE, EMAIL, PHONE, POSTCODE, NAME }

    /**
     * One record found: {@code href} opens it (its own page, or the person's when it has none), {@code personKey} the
     * person's page (null when the record's address has no canonical form).
     */
    public record Hit(Kind kind, Match match, long id, String reference, String name, LocalDateTime at, String href,
                      String personKey) {
    }

    /** The hits, best first; {@code more} when there were more than are shown. */
    public record Hits(List<Hit> hits, boolean more) {
    }

    private final Sql sql;
    private final RegionDirectory region;
    private final PersonKeys keys;
    private final AuditLog audit;

    public StaffSearch(Sql sql, RegionDirectory region, PersonKeys keys, AuditLog audit) {
        this.sql = sql;
        this.region = region;
        this.keys = keys;
        this.audit = audit;
    }

    /**
     * Searches for what was typed. Not found for someone who works no cases; refused when nothing or too little is
     * typed, or an address that is not one. Audited whatever the answer.
     */
    @Transactional
    public Result<Hits> search(StaffMember me, String typed) {
        if (!me.worksCases()) {
            return Result.notFound();
        }
        String q = typed == null ? "" : typed.strip();
        List<Match> tried = new ArrayList<>();
        Result<Hits> result;
        if (q.isEmpty()) {
            result = Result.refused(FIELD, ERROR + "blank");
        } else if (q.length() < SHORTEST) {
            result = Result.refused(FIELD, ERROR + "short");
        } else if (q.length() > LONGEST) {
            result = Result.refused(FIELD, ERROR + "long");
        } else if (q.contains("@") && EmailAddress.canonical(q).isEmpty()) {
            result = Result.refused(FIELD, ERROR + "email");
        } else {
            result = Result.done(find(me, q, tried));
        }
        audit.staff(me.id(), "STAFF_SEARCH", Subject.PERSON, null, described(tried, result));
        return result;
    }

    private Hits find(StaffMember me, String q, List<Match> tried) {
        Map<String, Hit> found = new LinkedHashMap<>();
        Scope scope = new Scope(me, region);
        if (SubjectAccess.isReference(q)) {
            tried.add(Match.REFERENCE);
            String reference = ReferenceNumbers.typed(q).orElse("");
            add(found, scope, Match.REFERENCE, "e.reference = ?", "s.reference = ?", "r.reference = ?", null,
                    "b.reference = ?", reference);
        }
        Optional<EmailAddress> email = q.contains("@") ? EmailAddress.canonical(q) : Optional.empty();
        if (email.isPresent()) {
            tried.add(Match.EMAIL);
            add(found, scope, Match.EMAIL, "e.email = ?", "s.email = ?", null, "a.email = ?", "b.email = ?",
                    email.get().value());
        }
        Optional<String> phone = SearchKeys.phone(q);
        if (phone.isPresent()) {
            tried.add(Match.PHONE);
            add(found, scope, Match.PHONE, "e.phone_key = ?", "s.phone_key = ?", null, null, null, phone.get());
        }
        Optional<String> postcode = SearchKeys.postcode(q);
        if (postcode.isPresent()) {
            tried.add(Match.POSTCODE);
            add(found, scope, Match.POSTCODE, null, null, "r.postcode_key = ?", null, null, postcode.get());
        }
        Optional<String> name = tried.isEmpty() ? SearchKeys.name(q) : Optional.empty();
        if (name.isPresent()) {
            tried.add(Match.NAME);
            add(found, scope, Match.NAME, "MATCH(e.full_name) AGAINST (? IN BOOLEAN MODE)",
                    "MATCH(s.full_name) AGAINST (? IN BOOLEAN MODE)",
                    "MATCH(r.applicant_names) AGAINST (? IN BOOLEAN MODE)", null,
                    "MATCH(b.full_name) AGAINST (? IN BOOLEAN MODE)", name.get());
        }
        List<Hit> ranked = found.values().stream()
                .sorted(Comparator.comparing(Hit::match).thenComparing(Hit::at, Comparator.reverseOrder()))
                .toList();
        return new Hits(ranked.size() > MOST ? ranked.subList(0, MOST) : ranked, ranked.size() > MOST);
    }

    /** Each kind's lookup for one key, where that kind has the key (null: it has not); only the records in scope. */
    private void add(Map<String, Hit> found, Scope scope, Match match, String enquiry, String support,
                     String registration, String account, String booking, String value) {
        // Exact keys find a few rows: the newest first. A name can match thousands (a common surname): its query takes
        // the first 51 the index gives in scope, without sorting every match (ADR 51), and says there are more.
        String limit = " LIMIT " + (MOST + 1);
        String order = match == Match.NAME ? "" : " ORDER BY %s.id DESC";
        if (enquiry != null) {
            collect(found, match, """
                    SELECT 'ENQUIRY', e.id, e.reference, e.full_name, e.submitted_at, w.id, e.email
                    FROM enquiry e JOIN work_item w ON w.subject_type = 'ENQUIRY' AND w.subject_id = e.id
                    WHERE\s""" + enquiry + " AND " + scope.teams("w.team_id") + order.formatted("e") + limit,
                    value);
        }
        if (support != null) {
            collect(found, match, """
                    SELECT 'SUPPORT_REQUEST', s.id, s.reference, s.full_name, s.submitted_at, w.id, s.email
                    FROM support_request s JOIN work_item w ON w.subject_type = 'SUPPORT_REQUEST' AND w.subject_id = s.id
                    WHERE\s""" + support + " AND " + scope.teams("w.team_id") + order.formatted("s") + limit,
                    value);
        }
        if (registration != null) {
            collect(found, match, """
                    SELECT 'REGISTRATION', r.id, r.reference, r.applicant_names, r.started_at, j.id, a.email
                    FROM registration_of_interest r JOIN adopter_journey j ON j.id = r.journey_id
                    JOIN applicant_account a ON a.id = r.applicant_id
                    WHERE\s""" + registration + " AND " + scope.teams("j.team_id") + order.formatted("r")
                    + limit, value);
        }
        if (account != null) {
            collect(found, match, """
                    SELECT 'JOURNEY', j.id, r.reference, r.applicant_names, j.created_at, j.id, a.email
                    FROM applicant_account a JOIN adopter_journey j ON j.applicant_id = a.id
                    LEFT JOIN registration_of_interest r ON r.journey_id = j.id
                    WHERE\s""" + account + " AND " + scope.teams("j.team_id") + order.formatted("j") + limit,
                    value);
        }
        if (booking != null && scope.bookings()) {
            collect(found, match, """
                    SELECT 'EVENT_BOOKING', b.id, b.reference, b.full_name, b.booked_at, NULL, b.email
                    FROM event_booking b WHERE\s""" + booking + order.formatted("b") + limit, value);
        }
    }

    private void collect(Map<String, Hit> found, Match match, String query, String value) {
        for (Hit hit : sql.list(query, rs -> hit(rs, match), value)) {
            found.putIfAbsent(hit.kind() + ":" + hit.id(), hit);
        }
    }

    private Hit hit(ResultSet rs, Match match) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString(1));
        String personKey = EmailAddress.canonical(rs.getString(7)).map(keys::of).orElse(null);
        long opens = rs.getLong(6);
        String href = switch (kind) {
            case ENQUIRY, SUPPORT_REQUEST -> "/staff/items/" + opens;
            case REGISTRATION, JOURNEY -> "/staff/journeys/" + opens;
            case EVENT_BOOKING -> personKey == null ? null : "/staff/people/" + personKey;
        };
        String name = rs.getString(4);
        return new Hit(kind, match, rs.getLong(2), rs.getString(3), name == null ? "" : name.strip(),
                rs.getObject(5, LocalDateTime.class), href, personKey);
    }

    /** The audit row's words: the kinds of key tried and the records shown, never what was typed. */
    private static String described(List<Match> tried, Result<Hits> result) {
        if (result instanceof Result.Refused<Hits> refused) {
            String key = refused.problems().get(0).messageKey();
            return "refused (" + key.substring(key.lastIndexOf('.') + 1) + ")";
        }
        if (!(result instanceof Result.Done<Hits> done)) {
            return "not found";
        }
        List<Hit> hits = done.value().hits();
        return "by " + tried.stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", ")) + ": " + hits.size() + (hits.size() == 1 ? " hit" : " hits")
                + (hits.isEmpty() ? "" : " [" + hits.stream().map(StaffSearch::named)
                .collect(Collectors.joining(", ")) + "]");
    }

    private static String named(Hit hit) {
        return hit.reference() != null ? hit.reference() : hit.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                + hit.id();
    }
}
