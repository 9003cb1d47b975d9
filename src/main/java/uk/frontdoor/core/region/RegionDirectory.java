package uk.frontdoor.core.region;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.platform.db.Sql;

/** Reads the region (spokes, boroughs, teams, routing rules) from the database; admins change the rules. */
@Singleton
public class RegionDirectory {
    /** How long a node shows the region's name it last read: an administrator's rename reaches every node within it. */
    static final Duration NAME_FRESH_FOR = Duration.ofMinutes(1);

    private final Sql sql;
    private final long freshNanos;
    /** This node's monotonic clock in nanoseconds ({@link System#nanoTime}; a test's own to step through a bound). */
    private final LongSupplier ticker;
    private volatile NameRead name;
    private final Recent<List<Borough>> councils = new Recent<>(this::boroughs);
    private final Recent<Optional<String>> phone = new Recent<>(this::publicPhone);
    private final Map<WorkKind, Recent<Integer>> targets = new EnumMap<>(WorkKind.class);

    private record NameRead(String name, long at) {
    }

    /**
     * What a public form's pages check answers against and show, read at most once every
     * {@code frontdoor.region.fresh-for} (2 seconds) per node, not once a page (ADR 63): an administrator's change
     * reaches every node within it, and this node at once (it forgets what it read).
     */
    private final class Recent<T> {
        private final Supplier<T> read;
        private volatile Read<T> last;

        Recent(Supplier<T> read) {
            this.read = read;
        }

        T get() {
            Read<T> known = last;
            long now = ticker.getAsLong();
            if (known == null || now - known.at() >= freshNanos) {
                known = new Read<>(read.get(), now);
                last = known;
            }
            return known.value();
        }

        void forget() {
            last = null;
        }
    }

    private record Read<T>(T value, long at) {
    }

    @jakarta.inject.Inject
    public RegionDirectory(Sql sql, @Value("${frontdoor.region.fresh-for:2s}") Duration freshFor) {
        this(sql, freshFor, System::nanoTime);
    }

    RegionDirectory(Sql sql, Duration freshFor, LongSupplier ticker) {
        this.sql = sql;
        this.freshNanos = freshFor.toNanos();
        this.ticker = ticker;
        for (WorkKind kind : WorkKind.values()) {
            targets.put(kind, new Recent<>(() -> targetWorkingDays(kind)));
        }
    }

    /**
     * The region's name as every page shows it, read at most once a {@link #NAME_FRESH_FOR} per node (not once a
     * page); this node's own renames show at once.
     */
    public String recentDisplayName() {
        NameRead read = name;
        long now = ticker.getAsLong();
        if (read == null || now - read.at() > NAME_FRESH_FOR.toNanos()) {
            read = new NameRead(displayName(), now);
            name = read;
        }
        return read.name();
    }

    /** Forgets the name read, after a rename. */
    void forgetName() {
        name = null;
    }

    public String displayName() {
        return sql.one("SELECT display_name FROM region ORDER BY id LIMIT 1", rs -> rs.getString(1))
                .orElse("Regional Adoption Agency");
    }

    /** The agency's public phone number, for people who cannot (or may not) go on online; empty until it is set. */
    public Optional<String> publicPhone() {
        return sql.one("SELECT public_phone FROM region WHERE public_phone IS NOT NULL ORDER BY id LIMIT 1",
                rs -> rs.getString(1));
    }

    /** How the public reach the agency: the contact page, the privacy notice and the accessibility statement. */
    public ContactDetails contactDetails() {
        return sql.one("""
                SELECT public_phone, public_email, postal_address, opening_hours, data_protection_email
                FROM region ORDER BY id LIMIT 1""",
                rs -> new ContactDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .orElseGet(() -> new ContactDetails(null, null, null, null, null));
    }

    /** The id of the region this portal serves (its one row). */
    public long regionId() {
        return sql.one("SELECT id FROM region ORDER BY id LIMIT 1", rs -> rs.getLong(1)).orElseThrow();
    }

    /** Replaces how the public reach the agency (an administrator's change, checked and audited by the caller). */
    void setContactDetails(long regionId, ContactDetails details) {
        sql.update("""
                UPDATE region SET public_phone = ?, public_email = ?, postal_address = ?, opening_hours = ?,
                  data_protection_email = ?
                WHERE id = ?""", details.phone(), details.email(), details.postalAddress(), details.openingHours(),
                details.dataProtectionEmail(), regionId);
        phone.forget();
    }

    public List<Spoke> spokes() {
        return sql.list("SELECT id, code, name, office_name FROM spoke ORDER BY name",
                rs -> new Spoke(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public List<Borough> boroughs() {
        return sql.list("SELECT id, spoke_id, code, name FROM borough ORDER BY name",
                rs -> new Borough(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    /**
     * The councils as a public form's question pages check and show them, at most 2 seconds old ({@link Recent}).
     * Sending a form reads them afresh, in its own transaction ({@link #boroughs()}): what is stored is always checked
     * against the councils as they are.
     */
    public List<Borough> recentBoroughs() {
        return councils.get();
    }

    /** Forgets the councils read, after a change to them. */
    void forgetCouncils() {
        councils.forget();
    }

    /** The agency's public phone number as the public pages show it, at most 2 seconds old ({@link Recent}). */
    public Optional<String> recentPublicPhone() {
        return phone.get();
    }

    /**
     * A kind of work's target as the public pages tell it, at most 2 seconds old ({@link Recent}); a form's sending
     * works out the date it promises from {@link #targetWorkingDays} read afresh.
     */
    public int recentTargetWorkingDays(WorkKind kind) {
        return targets.get(kind).get();
    }

    public Optional<Borough> boroughByCode(String code) {
        return boroughs().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public List<Team> teams() {
        return sql.list("SELECT id, spoke_id, code, name, function_code FROM team ORDER BY name",
                rs -> new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        TeamFunction.valueOf(rs.getString(5))));
    }

    public Optional<Team> team(long id) {
        return teams().stream().filter(t -> t.id() == id).findFirst();
    }

    public List<RoutingRule> rules() {
        return sql.list("SELECT id, work_kind, borough_id, team_id FROM routing_rule ORDER BY id",
                rs -> new RoutingRule(rs.getLong(1), WorkKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)));
    }

    public Routing routing() {
        return routing(boroughs());
    }

    /** The routing with the councils the caller has just read in the same transaction (one read fewer). */
    public Routing routing(List<Borough> boroughs) {
        return new Routing(boroughs, teams(), rules());
    }

    /** Sends one kind of work from one borough to another team (an administrator's change). */
    public void route(WorkKind kind, long boroughId, long teamId) {
        sql.update("""
                INSERT INTO routing_rule (work_kind, borough_id, team_id) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE team_id = VALUES(team_id), updated_at = CURRENT_TIMESTAMP(3)""",
                kind, boroughId, teamId);
    }

    public int targetWorkingDays(WorkKind kind) {
        return sql.one("SELECT working_days FROM work_target WHERE work_kind = ?", rs -> rs.getInt(1), kind)
                .orElse(kind.defaultTargetWorkingDays());
    }

    public void setTargetWorkingDays(WorkKind kind, int days) {
        sql.update("""
                INSERT INTO work_target (work_kind, working_days, description) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE working_days = VALUES(working_days)""", kind, days, kind.name());
        targets.get(kind).forget();
    }
}
