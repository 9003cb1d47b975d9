package uk.frontdoor.core.support;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.region.UkPhoneNumber;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;

/**
 * Each borough's children's services numbers, from the region data, and their administration. The seeded numbers
 * are placeholders from Ofcom's drama range (020 7946 0xxx, see {@link UkPhoneNumber}), which reach nobody: staff are
 * warned while any remain, and an administrator replaces them with the numbers each council has verified (each change
 * audited).
 */
@Singleton
public class EmergencyNumbers {
    private final Sql sql;
    private final AuditLog audit;

    public EmergencyNumbers(Sql sql, AuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    public List<ChildrensServices> all() {
        return sql.list("SELECT code, name, emergency_phone, out_of_hours_phone FROM borough ORDER BY name",
                rs -> new ChildrensServices(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public Optional<ChildrensServices> of(String boroughCode) {
        return all().stream().filter(c -> c.boroughCode().equals(boroughCode)).findFirst();
    }

    /** The boroughs whose numbers are missing or still placeholders: people would be given a number that reaches nobody. */
    public List<ChildrensServices> notYetVerified() {
        return all().stream().filter(c -> isPlaceholder(c.emergencyPhone()) || isPlaceholder(c.outOfHoursPhone())).toList();
    }

    /** True for a missing number or one from the drama range. */
    public static boolean isPlaceholder(String phone) {
        return UkPhoneNumber.isPlaceholder(phone);
    }

    /**
     * What is wrong with a number typed for children's services ({@code staff.numbers.error.*}), or empty: the
     * region's one rule for a public number, {@link UkPhoneNumber}.
     */
    public static Optional<String> problem(String phone) {
        return UkPhoneNumber.problem(phone).map(p -> "staff.numbers.error." + p.code());
    }

    /** A borough's two numbers as an administrator typed them. */
    public record Change(String boroughCode, String emergencyPhone, String outOfHoursPhone) {
    }

    /** The field a borough's children's services number is typed in. */
    public static String emergencyField(String boroughCode) {
        return "emergency-" + boroughCode;
    }

    /** The field a borough's out-of-hours number is typed in. */
    public static String outOfHoursField(String boroughCode) {
        return "outOfHours-" + boroughCode;
    }

    /**
     * Saves the numbers that changed, one audit row per borough, when every number passes {@link #problem}; refused
     * (nothing saved) with each problem against its field otherwise. Answers how many boroughs changed.
     */
    @Transactional
    public Result<Integer> set(StaffMember me, List<Change> changes) {
        Map<String, ChildrensServices> now = new java.util.HashMap<>();
        all().forEach(c -> now.put(c.boroughCode(), c));
        List<Problem> problems = new ArrayList<>();
        for (Change c : changes) {
            if (!now.containsKey(c.boroughCode())) {
                return Result.notFound();
            }
            problem(c.emergencyPhone()).ifPresent(key -> problems.add(new Problem(emergencyField(c.boroughCode()), key)));
            problem(c.outOfHoursPhone()).ifPresent(key -> problems.add(new Problem(outOfHoursField(c.boroughCode()), key)));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        int changed = 0;
        for (Change c : changes) {
            ChildrensServices before = now.get(c.boroughCode());
            String emergency = c.emergencyPhone().strip();
            String outOfHours = c.outOfHoursPhone().strip();
            if (Objects.equals(emergency, before.emergencyPhone()) && Objects.equals(outOfHours, before.outOfHoursPhone())) {
                continue;
            }
            sql.update("UPDATE borough SET emergency_phone = ?, out_of_hours_phone = ? WHERE code = ?",
                    emergency, outOfHours, c.boroughCode());
            long boroughId = sql.one("SELECT id FROM borough WHERE code = ?", rs -> rs.getLong(1), c.boroughCode()).orElseThrow();
            changed++;
            audit.staff(me.id(), "CHILDRENS_SERVICES_NUMBERS_CHANGED", Subject.BOROUGH, boroughId, before.boroughName()
                    + ": children's services " + before.emergencyPhone() + " -> " + emergency + ", out of hours "
                    + before.outOfHoursPhone() + " -> " + outOfHours);
        }
        return Result.done(changed);
    }
}
