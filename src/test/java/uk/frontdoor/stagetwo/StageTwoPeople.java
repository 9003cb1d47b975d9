package uk.frontdoor.stagetwo;

import jakarta.inject.Singleton;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.staff.StaffFixture;

/**
 * Test data for the gap and Stage Two: people moved through their journey by the same events staff and applicants
 * fire (never by writing states), and the staff of their team (South East recruitment) who assess and decide.
 */
@Singleton
public class StageTwoPeople {
    public static final String TEAM = "se-recruitment";
    private final InvitedApplicants invited;
    private final Journeys journeys;
    private final StaffFixture staff;
    private final StaffAccounts accounts;
    private final StageTwo stageTwo;

    public StageTwoPeople(InvitedApplicants invited, Journeys journeys, StaffFixture staff, StaffAccounts accounts,
                          StageTwo stageTwo) {
        this.invited = invited;
        this.journeys = journeys;
        this.staff = staff;
        this.accounts = accounts;
        this.stageTwo = stageTwo;
    }

    public record Person(String email, InvitedApplicants.Invited invited, long journeyId) {
    }

    /** Invited, registered, accepted into Stage One and found suitable to proceed: now in the gap. */
    public Person stageOneComplete(String email) {
        var sent = invited.sent(email);
        long id = sent.person().journey().id();
        journeys.fire(id, JourneyEvent.ACCEPT_REGISTRATION, JourneyActorIdentity.staff(member(Role.RECRUITMENT_OFFICER)),
                "Stage One plan");
        journeys.fire(id, JourneyEvent.COMPLETE_STAGE_ONE, JourneyActorIdentity.staff(member(Role.SOCIAL_WORKER)), null);
        return new Person(email, sent.person(), id);
    }

    /** In the gap, then told the agency they want to start Stage Two. */
    public Person inStageTwo(String email) {
        Person person = stageOneComplete(email);
        stageTwo.start(person.invited().applicant());
        return person;
    }

    public Journey journey(Person person) {
        return journeys.find(person.journeyId()).orElseThrow();
    }

    public Team team() {
        return staff.team(TEAM);
    }

    /** A new member of staff of the team, with this role. */
    public StaffFixture.Person person(String name, Role role) {
        return role == Role.ADMINISTRATOR ? staff.person(name, role) : staff.person(name, role, team());
    }

    public StaffMember member(Role role) {
        return member(person(role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' '), role));
    }

    public StaffMember member(StaffFixture.Person person) {
        return accounts.find(person.id()).orElseThrow();
    }
}
