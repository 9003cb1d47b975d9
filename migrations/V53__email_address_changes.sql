-- A person changing the email address of their account: the new address takes effect only when the link sent to it
-- is used (proof the person holds that mailbox too). 256 random bits in the link, only their SHA-256 here; one use;
-- valid 24 hours. The new address is compared byte for byte, like every address (ADR 0029).
CREATE TABLE email_change (
  token_hash    CHAR(64) PRIMARY KEY,
  applicant_id  BIGINT NOT NULL,
  new_email     VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  expires_at    DATETIME(3) NOT NULL,
  used_at       DATETIME(3) NULL,
  KEY ix_email_change_applicant (applicant_id),
  CONSTRAINT fk_email_change_applicant FOREIGN KEY (applicant_id) REFERENCES applicant_account(id)
) ENGINE=InnoDB;
