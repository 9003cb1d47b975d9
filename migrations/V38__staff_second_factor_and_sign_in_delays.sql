-- A second factor for staff who sign in with a password (ADR 0031): an authenticator app's TOTP secret (RFC 6238)
-- and single-use recovery codes, kept only as SHA-256 hashes (they are 50 random bits each, so no slow hash is
-- needed). last_used_step refuses a code used once already (a replay) even within its 30 seconds.
CREATE TABLE staff_totp (
  staff_id        BIGINT PRIMARY KEY,
  secret          VARCHAR(64) NOT NULL,
  confirmed_at    DATETIME(3) NULL,
  last_used_step  BIGINT NULL,
  created_at      DATETIME(3) NOT NULL,
  CONSTRAINT fk_staff_totp_staff FOREIGN KEY (staff_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;

CREATE TABLE staff_recovery_code (
  staff_id    BIGINT NOT NULL,
  code_hash   CHAR(64) NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  used_at     DATETIME(3) NULL,
  PRIMARY KEY (staff_id, code_hash),
  CONSTRAINT fk_staff_recovery_code_staff FOREIGN KEY (staff_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;

-- A member of staff part-way through signing in: their password is right, the second factor still to come
-- ('CODE') or to be set up before anything else ('ENROL'). Such a session opens no staff page.
ALTER TABLE web_session ADD COLUMN staff_stage VARCHAR(20) NULL AFTER staff_id;

-- Growing delays instead of a lockout (ADR 0032): failures counted per client address, per account (or, on a device
-- where the account signed in before, per that device) and per second factor; keys are SHA-256 hashes, so neither
-- addresses nor emails are kept here. A row is forgotten an hour after its last failure.
CREATE TABLE sign_in_throttle (
  throttle_key     CHAR(64) PRIMARY KEY,
  failures         INT NOT NULL,
  last_failure_at  DATETIME(3) NOT NULL,
  blocked_until    DATETIME(3) NULL,
  KEY ix_sign_in_throttle_last (last_failure_at)
) ENGINE=InnoDB;

-- The hard lockout is gone: anyone could lock a colleague out by typing their email five times.
ALTER TABLE staff_account DROP COLUMN failed_attempts, DROP COLUMN locked_until;
