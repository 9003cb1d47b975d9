package uk.frontdoor.core.region;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.platform.db.Sql;

/**
 * An administrator's changes to the region itself, with no deploy: its name, its spokes, its boroughs (and the spoke
 * each belongs to) and its teams. Each change and its audit row are written together, or not at all. Nothing that
 * would leave work with nowhere to go is allowed: a borough always has a team for every kind of work (so it is
 * routed to its spoke's teams when it is added or moves), and a team is removed only when no one, no routing rule and
 * no work item (open or closed) is in it; the refusal says what to move first.
 */
@Singleton
public class RegionAdministration {
    /** The fields of the region's forms. */
    public static final String NAME = "name";
    public static final String OFFICE = "officeName";
    public static final String SPOKE = "spoke";
    public static final String FUNCTION = "function";
    public static final String TEAM = "team";
    /** Long enough for any council's or team's name; the columns hold 200. */
    public static final int MAX_NAME = 100;

    private final Sql sql;
    private final RegionDirectory region;
    private final AuditLog audit;

    public RegionAdministration(Sql sql, RegionDirectory region, AuditLog audit) {
        this.sql = sql;
        this.region = region;
        this.audit = audit;
    }

    /** The region's name, as the public site and every email show it. */
    @Transactional
    public Result<String> rename(StaffMember me, String typed) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        String name = name(typed, NAME, "staff.region.error.regionName", problems);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        String before = region.displayName();
        if (!before.equals(name)) {
            long id = region.regionId();
            sql.update("UPDATE region SET display_name = ? WHERE id = ?", name, id);
            region.forgetName();
            audit.staff(me.id(), "RENAME_REGION", Subject.REGION, id, before + " -> " + name);
        }
        return Result.done(name);
    }

    /** A new spoke, or a spoke's new name and office ({@code spokeId} null for a new one). Answers its id. */
    @Transactional
    public Result<Long> saveSpoke(StaffMember me, Long spokeId, String typedName, String typedOffice) {
        Optional<Spoke> existing = spokeId == null ? Optional.empty()
                : region.spokes().stream().filter(s -> s.id() == spokeId).findFirst();
        if (!me.isAdministrator() || spokeId != null && existing.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        String name = name(typedName, NAME, "staff.region.error.spokeName", problems);
        String office = name(typedOffice, OFFICE, "staff.region.error.office", problems);
        if (name != null && region.spokes().stream().anyMatch(s -> s.name().equalsIgnoreCase(name)
                && (spokeId == null || s.id() != spokeId))) {
            problems.add(0, new Problem(NAME, "staff.region.error.spokeTaken"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        if (existing.isEmpty()) {
            Optional<String> code = freeCode(name, "spoke", 40);
            if (code.isEmpty()) {
                return Result.refused(NAME, "staff.region.error.spokeTaken");
            }
            long id = sql.insert("INSERT INTO spoke (region_id, code, name, office_name) VALUES (?, ?, ?, ?)",
                    region.regionId(), code.get(), name, office);
            audit.staff(me.id(), "ADD_SPOKE", Subject.REGION, region.regionId(), name + " (" + office + ")");
            return Result.done(id);
        }
        Spoke before = existing.get();
        if (!before.name().equals(name) || !before.officeName().equals(office)) {
            sql.update("UPDATE spoke SET name = ?, office_name = ? WHERE id = ?", name, office, spokeId);
            audit.staff(me.id(), "CHANGE_SPOKE", Subject.REGION, region.regionId(), before.name() + " ("
                    + before.officeName() + ") -> " + name + " (" + office + ")");
        }
        return Result.done(spokeId);
    }

    /**
     * A new borough, or a borough's new name or spoke ({@code boroughId} null for a new one). New work from it goes to
     * its spoke's teams from now on (work already in a queue stays there), so the spoke must have a team for every
     * kind of work: refused, saying which is missing, when it does not. Answers its id.
     */
    @Transactional
    public Result<Long> saveBorough(StaffMember me, Long boroughId, String typedName, Long spokeId) {
        Optional<Borough> existing = boroughId == null ? Optional.empty()
                : region.boroughs().stream().filter(b -> b.id() == boroughId).findFirst();
        if (!me.isAdministrator() || boroughId != null && existing.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        String name = name(typedName, NAME, "staff.region.error.boroughName", problems);
        if (name != null && region.boroughs().stream().anyMatch(b -> b.name().equalsIgnoreCase(name)
                && (boroughId == null || b.id() != boroughId))) {
            problems.add(new Problem(NAME, "staff.region.error.boroughTaken"));
        }
        Optional<Spoke> spoke = spokeId == null ? Optional.empty()
                : region.spokes().stream().filter(s -> s.id() == spokeId).findFirst();
        if (spoke.isEmpty()) {
            problems.add(new Problem(SPOKE, "staff.region.error.spoke"));
        }
        List<Team> teams = region.teams();
        if (spoke.isPresent() && (existing.isEmpty() || existing.get().spokeId() != spokeId)) {
            List<TeamFunction> missing = java.util.Arrays.stream(TeamFunction.values())
                    .filter(f -> teams.stream().noneMatch(t -> t.spokeId() == spokeId && t.function() == f)).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(SPOKE, "staff.region.error.spokeNeeds."
                        + (missing.size() > 1 ? "every" : missing.get(0).name()), List.of(spoke.get().name())));
            }
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        long id;
        if (existing.isEmpty()) {
            Optional<String> code = freeCode(name, "borough", 40);
            if (code.isEmpty()) {
                return Result.refused(NAME, "staff.region.error.boroughTaken");
            }
            id = sql.insert("INSERT INTO borough (spoke_id, code, name) VALUES (?, ?, ?)", spokeId, code.get(), name);
            region.forgetCouncils();
            audit.staff(me.id(), "ADD_BOROUGH", Subject.BOROUGH, id, name + " in " + spoke.get().name());
        } else {
            Borough before = existing.get();
            id = before.id();
            if (before.name().equals(name) && before.spokeId() == spokeId) {
                return Result.done(id);
            }
            sql.update("UPDATE borough SET name = ?, spoke_id = ? WHERE id = ?", name, spokeId, id);
            region.forgetCouncils();
            String from = region.spokes().stream().filter(s -> s.id() == before.spokeId()).findFirst()
                    .map(Spoke::name).orElse("?");
            audit.staff(me.id(), "CHANGE_BOROUGH", Subject.BOROUGH, id, before.name() + " in " + from + " -> " + name
                    + " in " + spoke.get().name());
            if (before.spokeId() == spokeId) {
                return Result.done(id);
            }
        }
        for (WorkKind kind : WorkKind.values()) {
            Team to = teams.stream().filter(t -> t.spokeId() == spokeId && t.function() == kind.function())
                    .min(java.util.Comparator.comparingLong(Team::id)).orElseThrow();
            region.route(kind, id, to.id());
        }
        return Result.done(id);
    }

    /** A new team of a spoke, doing recruitment or adoption support. Answers its id. */
    @Transactional
    public Result<Long> addTeam(StaffMember me, String typedName, Long spokeId, TeamFunction function) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        String name = teamName(typedName, null, problems);
        Optional<Spoke> spoke = spokeId == null ? Optional.empty()
                : region.spokes().stream().filter(s -> s.id() == spokeId).findFirst();
        if (spoke.isEmpty()) {
            problems.add(new Problem(SPOKE, "staff.region.error.spoke"));
        }
        if (function == null) {
            problems.add(new Problem(FUNCTION, "staff.region.error.function"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        Optional<String> code = freeCode(name, "team", 60);
        if (code.isEmpty()) {
            return Result.refused(NAME, "staff.region.error.teamTaken");
        }
        long id = sql.insert("INSERT INTO team (spoke_id, code, name, function_code) VALUES (?, ?, ?, ?)", spokeId,
                code.get(), name, function.name());
        audit.staff(me.id(), "ADD_TEAM", Subject.TEAM, id, name + ", " + function + " in " + spoke.get().name());
        return Result.done(id);
    }

    /** A team's new name (its spoke and function stay: they decide where its work came from). */
    @Transactional
    public Result<Long> renameTeam(StaffMember me, long teamId, String typedName) {
        Optional<Team> team = region.team(teamId);
        if (!me.isAdministrator() || team.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        String name = teamName(typedName, teamId, problems);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        if (!team.get().name().equals(name)) {
            sql.update("UPDATE team SET name = ? WHERE id = ?", name, teamId);
            audit.staff(me.id(), "RENAME_TEAM", Subject.TEAM, teamId, team.get().name() + " -> " + name);
        }
        return Result.done(teamId);
    }

    /**
     * Removes a team nothing depends on. Refused, with one problem for each thing to move first, while anyone is in
     * it, any borough's work is routed to it, or it holds any work item (a closed one too: its history stays readable
     * under the team that did it, so such a team is renamed, not removed).
     */
    @Transactional
    public Result<String> removeTeam(StaffMember me, long teamId) {
        Optional<Team> team = region.team(teamId);
        if (!me.isAdministrator() || team.isEmpty()) {
            return Result.notFound();
        }
        sql.list("SELECT id FROM team WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), teamId);
        long open = sql.count("SELECT COUNT(*) FROM work_item WHERE team_id = ? AND is_open", teamId);
        long closed = sql.count("SELECT COUNT(*) FROM work_item WHERE team_id = ? AND NOT is_open", teamId);
        long people = sql.count("SELECT COUNT(*) FROM staff_team WHERE team_id = ?", teamId);
        long routes = sql.count("SELECT COUNT(DISTINCT borough_id) FROM routing_rule WHERE team_id = ?", teamId);
        if (open > 0 || routes > 0 || people > 0) {
            // one message naming everything to move, in the order to move it: the work, then the routes, then people
            return Result.refused(List.of(new Problem(TEAM, "staff.region.error.teamInUse",
                    List.of(String.valueOf(open), String.valueOf(routes), String.valueOf(people)))));
        }
        if (closed > 0) {
            return Result.refused(List.of(new Problem(TEAM, "staff.region.error.teamHistory", List.of(String.valueOf(closed)))));
        }
        sql.update("DELETE FROM team WHERE id = ?", teamId);
        audit.staff(me.id(), "REMOVE_TEAM", Subject.TEAM, teamId, team.get().name());
        return Result.done(team.get().name());
    }

    private String teamName(String typed, Long teamId, List<Problem> problems) {
        String name = name(typed, NAME, "staff.region.error.teamName", problems);
        if (name != null && region.teams().stream().anyMatch(t -> t.name().equalsIgnoreCase(name)
                && (teamId == null || t.id() != teamId))) {
            problems.add(new Problem(NAME, "staff.region.error.teamTaken"));
            return null;
        }
        return name;
    }

    /** The name typed, one line, 1 to {@link #MAX_NAME} characters; null with its problem added otherwise. */
    private static String name(String typed, String field, String missingKey, List<Problem> problems) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(new Problem(field, missingKey));
            return null;
        }
        if (name.length() > MAX_NAME) {
            problems.add(new Problem(field, "staff.region.error.tooLong", List.of(MAX_NAME)));
            return null;
        }
        return name;
    }

    /** A code for a new row of {@code table} made from its name ("Tower Hamlets" becomes tower-hamlets), not yet taken. */
    private Optional<String> freeCode(String name, String table, int max) {
        String base = code(name, max - 3);
        if (base.isEmpty()) {
            base = table;
        }
        for (int n = 1; n < 100; n++) {
            String code = n == 1 ? base : base + "-" + n;
            if (sql.count("SELECT COUNT(*) FROM " + table + " WHERE code = ?", code) == 0) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    static String code(String name, int max) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.length() > max ? plain.substring(0, max).replaceAll("-+$", "") : plain;
    }
}
