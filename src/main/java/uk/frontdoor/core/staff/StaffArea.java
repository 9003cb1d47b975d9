package uk.frontdoor.core.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The areas of the staff pages, in the order the staff navigation lists them, and which roles open each (issue 15):
 * the one place that decides what the navigation offers. Each area's routes keep their own {@code @StaffOnly} roles;
 * {@code StaffNavigationTest} checks the two agree, role by role.
 */
public enum StaffArea {
    QUEUES("/staff", StaffMember::worksCases, "/staff/queues", "/staff/items", "/staff/journeys"),
    SEARCH("/staff/search", StaffMember::worksCases, "/staff/people"),
    CASELOAD("/staff/caseload", m -> m.has(Role.SOCIAL_WORKER)),
    OVERSIGHT("/staff/oversight", m -> m.has(Role.TEAM_MANAGER)),
    EVENTS("/staff/events", m -> m.has(Role.RECRUITMENT_OFFICER) || m.has(Role.TEAM_MANAGER) || m.isAdministrator()),
    TRAINING("/staff/training", m -> m.has(Role.RECRUITMENT_OFFICER) || m.has(Role.SOCIAL_WORKER)
            || m.has(Role.TEAM_MANAGER)),
    REPORTS("/staff/reports", StaffMember::readsReports),
    ADMINISTRATION("/staff/admin", StaffMember::isAdministrator),
    SUBJECT_ACCESS("/staff/subject-access", m -> m.isAdministrator() || m.isDataProtectionOfficer()),
    AUDIT("/staff/audit", StaffMember::isDataProtectionOfficer);

    private final String path;
    private final Predicate<StaffMember> opens;
    private final List<String> within;

    StaffArea(String path, Predicate<StaffMember> opens, String... within) {
        this.path = path;
        this.opens = opens;
        this.within = List.of(within);
    }

    /** Where the navigation links to. */
    public String path() {
        return path;
    }

    /** The message key of the area's name in the navigation. */
    public String messageKey() {
        return "staff.area." + name();
    }

    public boolean opensFor(StaffMember me) {
        return opens.test(me);
    }

    /** Every area this person's roles open, in the navigation's order. */
    public static List<StaffArea> of(StaffMember me) {
        return Arrays.stream(values()).filter(a -> a.opensFor(me)).toList();
    }

    /**
     * The area a page belongs to: the one whose path (or one of the paths that belong to it) is the page's path or
     * begins it, the longest such; the staff home page is the queues'.
     */
    public static Optional<StaffArea> at(String pagePath) {
        StaffArea best = null;
        int bestLength = -1;
        for (StaffArea area : values()) {
            for (String p : area.paths()) {
                boolean inside = pagePath.equals(p) || (!p.equals("/staff") && pagePath.startsWith(p + "/"));
                if (inside && p.length() > bestLength) {
                    best = area;
                    bestLength = p.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<String> paths() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(path), within.stream()).toList();
    }
}
