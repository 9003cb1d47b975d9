package uk.frontdoor.core.stageone;

/** The statutory checks of Stage One (Adoption Agencies Regulations 2005, reg 25 and Schedule 4), in plan order. */
public enum CheckKind {
    DBS,
    LOCAL_AUTHORITY,
    GP_HEALTH_REPORT,
    REFERENCE,
    PREPARATION_TRAINING,
    INITIAL_HOME_VISIT
}
