-- The retention schedule as data (issue 12, ADR 38, docs/retention.md gives each default's reason): for each kind of
-- record, how long it is kept after the moment that ends its use, and what happens then (DELETE the rows, or
-- ANONYMISE: blank everything that identifies a person and keep the categories and dates that reports count).
-- Administrators change it at /staff/admin/retention (audited); the privacy notice reads its periods from here.
CREATE TABLE retention_rule (
  record_kind  VARCHAR(40) PRIMARY KEY,
  amount       INT NOT NULL,
  unit         VARCHAR(10) NOT NULL,
  action       VARCHAR(20) NOT NULL,
  updated_at   DATETIME(3) NOT NULL,
  updated_by   BIGINT NULL,
  CONSTRAINT ck_retention_amount CHECK (amount >= 1 AND amount <= 1200),
  CONSTRAINT ck_retention_unit CHECK (unit IN ('DAYS', 'MONTHS', 'YEARS')),
  CONSTRAINT ck_retention_action CHECK (action IN ('DELETE', 'ANONYMISE')),
  CONSTRAINT fk_retention_staff FOREIGN KEY (updated_by) REFERENCES staff_account(id)
) ENGINE=InnoDB;

INSERT INTO retention_rule (record_kind, amount, unit, action, updated_at) VALUES
  ('ENQUIRY_NO_FURTHER_ACTION', 1, 'YEARS', 'ANONYMISE', UTC_TIMESTAMP(3)),
  ('ENQUIRY_SIGNPOSTED', 1, 'YEARS', 'ANONYMISE', UTC_TIMESTAMP(3)),
  ('REGISTRATION_DECLINED', 3, 'YEARS', 'ANONYMISE', UTC_TIMESTAMP(3)),
  ('JOURNEY_ENDED', 10, 'YEARS', 'ANONYMISE', UTC_TIMESTAMP(3)),
  ('SUPPORT_REQUEST_CLOSED', 6, 'YEARS', 'ANONYMISE', UTC_TIMESTAMP(3)),
  ('EVENT_BOOKING', 1, 'YEARS', 'ANONYMISE', UTC_TIMESTAMP(3)),
  ('OUTBOX_EMAIL', 90, 'DAYS', 'DELETE', UTC_TIMESTAMP(3)),
  ('TOKEN', 1, 'DAYS', 'DELETE', UTC_TIMESTAMP(3)),
  ('DRAFT', 1, 'DAYS', 'DELETE', UTC_TIMESTAMP(3));

-- One row per day the schedule was applied: the primary key lets only one node apply it on a day, whatever the
-- scheduler does; what it did is kept as counts per kind (never names).
CREATE TABLE retention_run (
  run_on       DATE PRIMARY KEY,
  started_at   DATETIME(3) NOT NULL,
  finished_at  DATETIME(3) NULL,
  summary      VARCHAR(2000) NULL
) ENGINE=InnoDB;

-- When a record was anonymised: the run never takes it twice, and staff pages can say why a name is missing.
ALTER TABLE enquiry ADD COLUMN anonymised_at DATETIME(3) NULL;
ALTER TABLE support_request ADD COLUMN anonymised_at DATETIME(3) NULL;
ALTER TABLE adopter_journey ADD COLUMN anonymised_at DATETIME(3) NULL;
ALTER TABLE event_booking ADD COLUMN anonymised_at DATETIME(3) NULL;
ALTER TABLE event_waiting ADD COLUMN anonymised_at DATETIME(3) NULL;

-- The run finds what has come of age by the moment each record's use ended.
CREATE INDEX ix_work_item_closed ON work_item (kind, is_open, updated_at);
CREATE INDEX ix_journey_state_since ON adopter_journey (state, state_since);
CREATE INDEX ix_info_event_ends ON info_event (ends_at);
CREATE INDEX ix_outbox_created ON outbox_email (status, created_at);
