-- Staff passwords are set by their owner (ADR 0030): an administrator no longer types one, so an account can exist
-- without a password, waiting for its owner to set one from an emailed link, and a reset takes the old one away.
--
-- That state is a NULL hash rather than a sentinel value. NULL cannot match anything: sign-in never hands it to the
-- hashing library (it is refused before any comparison), whereas a sentinel string is one typo or one library
-- change away from being something a password can match, and would have to be remembered by every query that asks
-- "has this person set a password?". `password_hash IS NULL` says it plainly, in SQL and in Java alike.
ALTER TABLE staff_account MODIFY password_hash VARCHAR(255) NULL;

-- Single-use links to set a password: 256 random bits in the email, only their SHA-256 here; valid 24 hours; spent
-- only when a valid password is saved (opening the link spends nothing, so a mail scanner cannot use it up). A new
-- link, and a password set by any means, retires every earlier link of the account.
CREATE TABLE staff_password_link (
  token_hash  CHAR(64) PRIMARY KEY,
  staff_id    BIGINT NOT NULL,
  purpose     VARCHAR(20) NOT NULL,   -- NEW_ACCOUNT or RESET: which email was sent, for the audit log
  created_at  DATETIME(3) NOT NULL,
  expires_at  DATETIME(3) NOT NULL,
  used_at     DATETIME(3) NULL,       -- saved a password, or retired by a later link or password
  KEY ix_staff_password_link_staff (staff_id),
  KEY ix_staff_password_link_expiry (expires_at),
  CONSTRAINT fk_staff_password_link_staff FOREIGN KEY (staff_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;
