package uk.frontdoor.core.staff;

public enum Role {
    RECRUITMENT_OFFICER, SUPPORT_WORKER, SOCIAL_WORKER, TEAM_MANAGER, ADMINISTRATOR
}
