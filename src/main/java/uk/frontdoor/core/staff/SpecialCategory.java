package uk.frontdoor.core.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * The special category and criminal offence data Front Door keeps (UK GDPR Articles 9 and 10), and which roles' work
 * needs each (docs/need-to-know.md). Core shows each only to those roles and names what it showed in the view's audit
 * row; everyone else sees that something is withheld, not what.
 */
public enum SpecialCategory {
    /** Equality monitoring answers (ethnicity, religion, sexual orientation, disability): counted, never read per case. */
    EQUALITY(EnumSet.noneOf(Role.class)),
    /** Health declarations in a Registration of Interest: for the assessment and the medical adviser's referral. */
    HEALTH(EnumSet.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER)),
    /** DBS (criminal record) checks and their outcomes: for whoever requests and records Stage One checks. */
    CRIMINAL_RECORD(EnumSet.of(Role.RECRUITMENT_OFFICER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER));

    private final Set<Role> readers;

    SpecialCategory(Set<Role> readers) {
        this.readers = readers;
    }

    /** Whether this member of staff's work needs this category (on a case they may see at all). */
    public boolean shownTo(StaffMember me) {
        return me.roles().stream().anyMatch(readers::contains);
    }

    /** The roles that read it. */
    public Set<Role> readers() {
        return readers;
    }
}
