package uk.frontdoor.core.support;

import jakarta.inject.Singleton;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.platform.db.Sql;

/**
 * The first-response targets for support requests, in working days: the usual one (the work target of
 * {@code SUPPORT_REQUEST}) and the one for urgent requests (the {@code SUPPORT_REQUEST_URGENT} row).
 */
@Singleton
public class SupportTargets {
    static final String URGENT_ROW = "SUPPORT_REQUEST_URGENT";
    static final int DEFAULT_URGENT_DAYS = 2;

    private final Sql sql;
    private final RegionDirectory region;

    public SupportTargets(Sql sql, RegionDirectory region) {
        this.sql = sql;
        this.region = region;
    }

    public int usualWorkingDays() {
        return region.targetWorkingDays(WorkKind.SUPPORT_REQUEST);
    }

    public int urgentWorkingDays() {
        return Math.min(usualWorkingDays(),
                sql.one("SELECT working_days FROM work_target WHERE work_kind = ?", rs -> rs.getInt(1), URGENT_ROW)
                        .orElse(DEFAULT_URGENT_DAYS));
    }

    public int workingDays(Urgency urgency) {
        return urgency.firstResponseWorkingDays(usualWorkingDays(), urgentWorkingDays());
    }
}
