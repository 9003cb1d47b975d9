-- Stage One (core.stageone): the statutory checks made for each journey once its registration is accepted, and
-- every extension of a stage's decision date (the reason is required and shown to the team manager).
CREATE TABLE stage_one_check (
  id           BIGINT PRIMARY KEY AUTO_INCREMENT,
  journey_id   BIGINT NOT NULL,
  position     INT NOT NULL,
  kind         VARCHAR(30) NOT NULL,
  subject      VARCHAR(200) NULL,
  status       VARCHAR(20) NOT NULL,
  staff_note   VARCHAR(2000) NULL,
  updated_at   DATETIME(3) NOT NULL,
  updated_by   BIGINT NULL,
  version      INT NOT NULL DEFAULT 0,
  KEY ix_stage_one_check_journey (journey_id, position),
  CONSTRAINT fk_stage_one_check_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id),
  CONSTRAINT fk_stage_one_check_staff FOREIGN KEY (updated_by) REFERENCES staff_account(id)
) ENGINE=InnoDB;

CREATE TABLE journey_extension (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  journey_id    BIGINT NOT NULL,
  stage         VARCHAR(40) NOT NULL,
  previous_due  DATE NOT NULL,
  new_due       DATE NOT NULL,
  reason        VARCHAR(2000) NOT NULL,
  by_staff      BIGINT NOT NULL,
  at            DATETIME(3) NOT NULL,
  KEY ix_journey_extension (journey_id, stage, at),
  CONSTRAINT fk_journey_extension_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id),
  CONSTRAINT fk_journey_extension_staff FOREIGN KEY (by_staff) REFERENCES staff_account(id)
) ENGINE=InnoDB;
