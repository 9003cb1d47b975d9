-- Stage Two of the adopter's journey (core.stagetwo.StageTwo): one record per journey that reached Stage Two,
-- holding the assessment's facts and dates, and the home visits scheduled during it. Dates are UK dates.
CREATE TABLE stage_two (
  journey_id             BIGINT PRIMARY KEY,
  notified_on            DATE NOT NULL,          -- the day START_STAGE_TWO or FAST_TRACK fired: the 4-month clock
  assessor_id            BIGINT NULL,            -- the assessing social worker
  plan                   VARCHAR(4000) NULL,     -- the assessment plan
  target_panel_date      DATE NULL,
  par_shared_on          DATE NULL,              -- the Prospective Adopter's Report shared with the applicant
  comments_due           DATE NULL,              -- 10 working days after par_shared_on
  comments               VARCHAR(4000) NULL,
  comments_received_at   DATETIME(3) NULL,
  panel_date             DATE NULL,
  panel_recommendation   VARCHAR(20) NULL,       -- SUITABLE or NOT_SUITABLE
  adm_decision           VARCHAR(20) NULL,       -- APPROVED or NOT_SUITABLE
  adm_decided_on         DATE NULL,
  adm_id                 BIGINT NULL,
  version                INT NOT NULL DEFAULT 0,
  KEY ix_stage_two_assessor (assessor_id),
  CONSTRAINT fk_stage_two_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id),
  CONSTRAINT fk_stage_two_assessor FOREIGN KEY (assessor_id) REFERENCES staff_account(id),
  CONSTRAINT fk_stage_two_adm FOREIGN KEY (adm_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;

CREATE TABLE home_visit (
  id          BIGINT PRIMARY KEY AUTO_INCREMENT,
  journey_id  BIGINT NOT NULL,
  visit_at    DATETIME NOT NULL,                  -- UK local date and time, as arranged with the family
  note        VARCHAR(500) NULL,
  created_by  BIGINT NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  KEY ix_home_visit_journey (journey_id, visit_at),
  CONSTRAINT fk_home_visit_journey FOREIGN KEY (journey_id) REFERENCES adopter_journey(id),
  CONSTRAINT fk_home_visit_staff FOREIGN KEY (created_by) REFERENCES staff_account(id)
) ENGINE=InnoDB;
