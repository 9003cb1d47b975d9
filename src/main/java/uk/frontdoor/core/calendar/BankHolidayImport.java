package uk.frontdoor.core.calendar;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;

/**
 * Brings in the England and Wales bank holidays from a file of GOV.UK's format: uploaded by an administrator, or
 * fetched by {@link BankHolidayFetchJob}. A file speaks for every date from its first holiday to its last: holidays
 * it lists are added (or renamed), and holidays known between those dates that it does not list are removed (a
 * holiday moved, as in 2020 and 2022). Dates outside the file are left alone, so files that overlap can come in any
 * order. The change and its audit row are written together, or not at all.
 */
@Singleton
public class BankHolidayImport {
    /** The upload form's one field. */
    public static final String FILE = "file";

    private final Sql sql;
    private final JsonMapper json;
    private final BankHolidays holidays;
    private final AuditLog audit;

    public BankHolidayImport(Sql sql, JsonMapper json, BankHolidays holidays, AuditLog audit) {
        this.sql = sql;
        this.json = json;
        this.holidays = holidays;
        this.audit = audit;
    }

    /** What an import changed, and the dates the file spoke for. */
    public record Imported(LocalDate first, LocalDate last, int added, int renamed, int removed) {
        String described() {
            return first + " to " + last + ": " + added + " added, " + renamed + " renamed, " + removed + " removed";
        }
    }

    /**
     * An administrator's upload: refused (nothing changed) when there is no file or it is not a GOV.UK bank holidays
     * file with England and Wales holidays in it; not found for anyone but an administrator.
     */
    @Transactional
    public Result<Imported> upload(StaffMember me, byte[] file) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        if (file == null || file.length == 0) {
            return Result.refused(FILE, "staff.bankHolidays.file.required");
        }
        BankHolidayFile.Reading reading = read(file);
        if (reading instanceof BankHolidayFile.Reading.Unusable unusable) {
            return Result.refused(FILE, "staff.bankHolidays.file." + unusable.problem().code());
        }
        Imported imported = apply(((BankHolidayFile.Reading.Read) reading).file());
        audit.staff(me.id(), "IMPORT_BANK_HOLIDAYS", Subject.BANK_HOLIDAYS, null, "uploaded, " + imported.described());
        return Result.done(imported);
    }

    /** The scheduled fetch's import, from {@code source}; a file that cannot be used is refused and changes nothing. */
    @Transactional
    public Result<Imported> fetched(String source, byte[] file) {
        BankHolidayFile.Reading reading = read(file);
        if (reading instanceof BankHolidayFile.Reading.Unusable unusable) {
            audit.system("IMPORT_BANK_HOLIDAYS_REFUSED", Subject.BANK_HOLIDAYS, null,
                    source + ": " + unusable.problem().code());
            return Result.refused(FILE, "staff.bankHolidays.file." + unusable.problem().code());
        }
        Imported imported = apply(((BankHolidayFile.Reading.Read) reading).file());
        if (imported.added() + imported.renamed() + imported.removed() > 0) {
            audit.system("IMPORT_BANK_HOLIDAYS", Subject.BANK_HOLIDAYS, null, source + ", " + imported.described());
        }
        return Result.done(imported);
    }

    private BankHolidayFile.Reading read(byte[] file) {
        JsonNode root;
        try {
            root = json.readValue(file, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException e) {
            root = null;
        }
        return BankHolidayFile.read(root);
    }

    private Imported apply(BankHolidayFile file) {
        Map<LocalDate, String> known = new HashMap<>();
        sql.list("SELECT holiday_date, name FROM bank_holiday WHERE holiday_date BETWEEN ? AND ? FOR UPDATE",
                rs -> known.put(rs.getObject(1, LocalDate.class), rs.getString(2)), file.first(), file.last());
        int added = 0;
        int renamed = 0;
        for (BankHolidayFile.Holiday holiday : file.holidays()) {
            String before = known.remove(holiday.date());
            if (before == null) {
                sql.update("INSERT INTO bank_holiday (holiday_date, name) VALUES (?, ?)", holiday.date(), holiday.name());
                added++;
            } else if (!before.equals(holiday.name())) {
                sql.update("UPDATE bank_holiday SET name = ? WHERE holiday_date = ?", holiday.name(), holiday.date());
                renamed++;
            }
        }
        for (LocalDate gone : known.keySet()) {
            sql.update("DELETE FROM bank_holiday WHERE holiday_date = ?", gone);
        }
        holidays.reload();
        return new Imported(file.first(), file.last(), added, renamed, known.size());
    }
}
