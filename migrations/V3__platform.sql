-- Platform state that must be shared by every app node: secrets, sessions, rate limits, outbox,
-- scheduled jobs and the audit log. All times are UTC (DATETIME without zone; the app converts).

CREATE TABLE app_secret (
  name        VARCHAR(60) PRIMARY KEY,
  secret      VARBINARY(64) NOT NULL,
  created_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- A browser session: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE web_session (
  id            CHAR(64) PRIMARY KEY,
  staff_id      BIGINT NULL,
  created_at    DATETIME(3) NOT NULL,
  last_seen_at  DATETIME(3) NOT NULL,
  expires_at    DATETIME(3) NOT NULL,
  idle_seconds  INT NOT NULL,
  KEY ix_session_expiry (expires_at),
  KEY ix_session_staff (staff_id)
) ENGINE=InnoDB;

CREATE TABLE rate_limit (
  bucket        VARCHAR(190) NOT NULL,
  window_start  DATETIME NOT NULL,
  hits          INT NOT NULL,
  PRIMARY KEY (bucket, window_start),
  KEY ix_rate_limit_window (window_start)
) ENGINE=InnoDB;

CREATE TABLE outbox_email (
  id               BIGINT PRIMARY KEY AUTO_INCREMENT,
  created_at       DATETIME(3) NOT NULL,
  recipient        VARCHAR(320) NOT NULL,
  template         VARCHAR(60) NOT NULL,
  params           TEXT NOT NULL,
  status           VARCHAR(20) NOT NULL,
  attempts         INT NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3) NOT NULL,
  sent_at          DATETIME(3) NULL,
  last_error       VARCHAR(1000) NULL,
  KEY ix_outbox_due (status, next_attempt_at)
) ENGINE=InnoDB;

-- db-scheduler's table (cluster-safe recurring jobs: outbox relay, clean-ups).
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP(6) NOT NULL,
  picked               BOOLEAN NOT NULL,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMP(6) NULL,
  last_failure         TIMESTAMP(6) NULL,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP(6) NULL,
  version              BIGINT NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance),
  INDEX execution_time_idx (execution_time),
  INDEX last_heartbeat_idx (last_heartbeat),
  INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE=InnoDB;

-- Who viewed or changed whose record. Append-only: the database refuses updates and deletes.
CREATE TABLE audit_event (
  id            BIGINT PRIMARY KEY AUTO_INCREMENT,
  at            DATETIME(3) NOT NULL,
  actor_type    VARCHAR(20) NOT NULL,
  actor_id      BIGINT NULL,
  action        VARCHAR(60) NOT NULL,
  subject_type  VARCHAR(40) NOT NULL,
  subject_id    BIGINT NULL,
  detail        VARCHAR(1000) NULL,
  KEY ix_audit_subject (subject_type, subject_id, at),
  KEY ix_audit_actor (actor_type, actor_id, at)
) ENGINE=InnoDB;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only';
