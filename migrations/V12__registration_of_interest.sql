-- The online Registration of Interest (core.registration): one per journey, a draft until sent.
CREATE TABLE registration_of_interest (
  id             BIGINT PRIMARY KEY AUTO_INCREMENT,
  journey_id     BIGINT NOT NULL,
  applicant_id   BIGINT NOT NULL,
  answers        MEDIUMTEXT NOT NULL,
  status         VARCHAR(20) NOT NULL,
  reference      VARCHAR(20) NULL,
  started_at     DATETIME(3) NOT NULL,
  updated_at     DATETIME(3) NOT NULL,
  submitted_at   DATETIME(3) NULL,
  decided_at     DATETIME(3) NULL,
  decided_by     BIGINT NULL,
  decision       VARCHAR(20) NULL,
  decision_note  VARCHAR(4000) NULL,
  version        INT NOT NULL DEFAULT 0,
  UNIQUE KEY uq_registration_journey (journey_id),
  UNIQUE KEY uq_registration_reference (reference),
  KEY ix_registration_applicant (applicant_id),
  CONSTRAINT fk_registration_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id),
  CONSTRAINT fk_registration_applicant FOREIGN KEY (applicant_id) REFERENCES applicant_account(id),
  CONSTRAINT fk_registration_decider FOREIGN KEY (decided_by) REFERENCES staff_account(id)
) ENGINE=InnoDB;

INSERT INTO work_target (work_kind, working_days, description) VALUES
  ('REGISTRATION_DECISION', 5, 'Decision on a registration of interest');

-- A registration goes to the team of the person's journey; these rows only keep the routing page complete.
INSERT INTO routing_rule (work_kind, borough_id, team_id)
  SELECT 'REGISTRATION_DECISION', b.id, t.id FROM borough b JOIN team t ON t.spoke_id = b.spoke_id AND t.function_code = 'RECRUITMENT';
