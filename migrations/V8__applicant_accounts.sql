-- People who sign in with a link sent by email (no passwords): enquirers and, later, applicants and people
-- asking for adoption support. An account exists only for an email the agency already knows.
CREATE TABLE applicant_account (
  id          BIGINT PRIMARY KEY AUTO_INCREMENT,
  email       VARCHAR(320) NOT NULL UNIQUE,
  created_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- Single-use sign-in links: only the SHA-256 of the token is stored.
CREATE TABLE sign_in_token (
  token_hash    CHAR(64) PRIMARY KEY,
  applicant_id  BIGINT NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  expires_at    DATETIME(3) NOT NULL,
  used_at       DATETIME(3) NULL,
  KEY ix_sign_in_token_applicant (applicant_id),
  KEY ix_sign_in_token_expiry (expires_at),
  CONSTRAINT fk_sign_in_token_applicant FOREIGN KEY (applicant_id) REFERENCES applicant_account(id)
) ENGINE=InnoDB;

ALTER TABLE web_session ADD COLUMN applicant_id BIGINT NULL AFTER staff_id,
  ADD KEY ix_session_applicant (applicant_id);
