-- A public enquiry in progress: saved server-side as the person goes, keyed by their browser session.
CREATE TABLE enquiry_draft (
  session_id  CHAR(64) PRIMARY KEY,
  answers     TEXT NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  KEY ix_enquiry_draft_updated (updated_at),
  CONSTRAINT fk_draft_session FOREIGN KEY (session_id) REFERENCES web_session(id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE enquiry (
  id                  BIGINT PRIMARY KEY AUTO_INCREMENT,
  reference           VARCHAR(20) NOT NULL UNIQUE,
  submitted_at        DATETIME(3) NOT NULL,
  borough_id          BIGINT NOT NULL,
  full_name           VARCHAR(200) NOT NULL,
  email               VARCHAR(320) NOT NULL,
  phone               VARCHAR(40) NOT NULL,
  contact_method      VARCHAR(20) NOT NULL,
  contact_times       VARCHAR(200) NOT NULL,
  applying_with       VARCHAR(20) NOT NULL,
  partner_name        VARCHAR(200) NULL,
  interests           VARCHAR(400) NOT NULL,
  children_considered VARCHAR(400) NULL,
  children_notes      VARCHAR(2000) NULL,
  heard_about         VARCHAR(40) NOT NULL,
  heard_about_other   VARCHAR(200) NULL,
  privacy_version     VARCHAR(20) NOT NULL,
  consent_at          DATETIME(3) NOT NULL,
  KEY ix_enquiry_email (email),
  KEY ix_enquiry_submitted (submitted_at),
  CONSTRAINT fk_enquiry_borough FOREIGN KEY (borough_id) REFERENCES borough(id)
) ENGINE=InnoDB;

-- Special category data, kept apart so that it can be reported on anonymously and held to its own rules.
CREATE TABLE enquiry_equality (
  enquiry_id          BIGINT PRIMARY KEY,
  ethnicity           VARCHAR(60) NULL,
  religion            VARCHAR(60) NULL,
  sexual_orientation  VARCHAR(60) NULL,
  disability          VARCHAR(60) NULL,
  CONSTRAINT fk_equality_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry(id)
) ENGINE=InnoDB;

CREATE TABLE work_item (
  id                 BIGINT PRIMARY KEY AUTO_INCREMENT,
  kind               VARCHAR(40) NOT NULL,
  team_id            BIGINT NOT NULL,
  subject_type       VARCHAR(40) NOT NULL,
  subject_id         BIGINT NOT NULL,
  reference          VARCHAR(20) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  status             VARCHAR(40) NOT NULL,
  is_open            BOOLEAN NOT NULL,
  due_date           DATE NOT NULL,
  assigned_to        BIGINT NULL,
  version            INT NOT NULL DEFAULT 0,
  created_at         DATETIME(3) NOT NULL,
  updated_at         DATETIME(3) NOT NULL,
  first_response_at  DATETIME(3) NULL,
  related_item_id    BIGINT NULL,
  KEY ix_queue_open (team_id, is_open, due_date, id),
  KEY ix_queue_assignee (team_id, assigned_to, is_open, due_date, id),
  KEY ix_queue_status (team_id, status, due_date, id),
  KEY ix_work_subject (subject_type, subject_id),
  KEY ix_work_reference (reference),
  CONSTRAINT fk_work_team FOREIGN KEY (team_id) REFERENCES team(id),
  CONSTRAINT fk_work_assignee FOREIGN KEY (assigned_to) REFERENCES staff_account(id)
) ENGINE=InnoDB;

-- Every change of a work item: status changes, assignment, re-routing. Its history.
CREATE TABLE work_item_event (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  work_item_id  BIGINT NOT NULL,
  at            DATETIME(3) NOT NULL,
  staff_id      BIGINT NULL,
  event_type    VARCHAR(40) NOT NULL,
  from_status   VARCHAR(40) NULL,
  to_status     VARCHAR(40) NULL,
  detail        VARCHAR(2000) NULL,
  KEY ix_work_event_item (work_item_id, at),
  CONSTRAINT fk_work_event_item FOREIGN KEY (work_item_id) REFERENCES work_item(id)
) ENGINE=InnoDB;

-- Calls, emails and notes: who, when, what.
CREATE TABLE contact_log (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  work_item_id  BIGINT NOT NULL,
  at            DATETIME(3) NOT NULL,
  staff_id      BIGINT NOT NULL,
  channel       VARCHAR(20) NOT NULL,
  summary       VARCHAR(4000) NOT NULL,
  KEY ix_contact_item (work_item_id, at),
  CONSTRAINT fk_contact_item FOREIGN KEY (work_item_id) REFERENCES work_item(id),
  CONSTRAINT fk_contact_staff FOREIGN KEY (staff_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;
