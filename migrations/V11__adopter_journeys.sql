-- The adopter's journey (core.journey.AdopterJourney): one row per person's journey and its history.
CREATE TABLE adopter_journey (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  applicant_id  BIGINT NOT NULL,
  enquiry_id    BIGINT NULL,
  team_id       BIGINT NOT NULL,
  state         VARCHAR(40) NOT NULL,
  paused_from   VARCHAR(40) NULL,
  state_since   DATETIME(3) NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  version       INT NOT NULL DEFAULT 0,
  KEY ix_journey_applicant (applicant_id),
  KEY ix_journey_team_state (team_id, state),
  CONSTRAINT fk_journey_applicant FOREIGN KEY (applicant_id) REFERENCES applicant_account(id),
  CONSTRAINT fk_journey_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry(id),
  CONSTRAINT fk_journey_team FOREIGN KEY (team_id) REFERENCES team(id)
) ENGINE=InnoDB;

CREATE TABLE journey_event (
  id          BIGINT PRIMARY KEY AUTO_INCREMENT,
  journey_id  BIGINT NOT NULL,
  at          DATETIME(3) NOT NULL,
  actor_type  VARCHAR(20) NOT NULL,
  actor_id    BIGINT NULL,
  event       VARCHAR(40) NOT NULL,
  from_state  VARCHAR(40) NOT NULL,
  to_state    VARCHAR(40) NOT NULL,
  detail      VARCHAR(2000) NULL,
  KEY ix_journey_event (journey_id, at),
  CONSTRAINT fk_journey_event_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id)
) ENGINE=InnoDB;
