-- Staff single sign-on by OpenID Connect (ADR 0027).

-- The identity a member of staff signs in with at the agency's provider (Entra ID): the issuer and the stable
-- subject (Entra's object id `oid`, otherwise `sub`). Set at the first single sign-on, matched on every later one.
-- Both are compared byte for byte (ascii_bin): subjects are case-sensitive and never look-alikes of each other.
ALTER TABLE staff_account
  ADD COLUMN sso_issuer     VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN sso_subject    VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN sso_linked_at  DATETIME(3) NULL,
  ADD UNIQUE KEY ux_staff_account_sso (sso_issuer, sso_subject);

-- A sign-on in progress: made when someone presses the button, used up when the provider sends them back. Kept
-- here, not in a node's memory, so the way back may land on any node. Only the SHA-256 of `state` is kept (the state
-- travels in URLs); the browser it was started in is kept as the SHA-256 of that browser's CSRF token. Valid for 10
-- minutes and once: the first time its state comes back uses it up (`used_at`), whatever happens next. Rows are
-- deleted after a day, so a replay within the day reads as a replay; only the first replay is audited (`replayed_at`),
-- so that nobody can fill the append-only audit log by sending the same address again and again.
CREATE TABLE staff_sign_on_attempt (
  state_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
  browser_hash   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  nonce          VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  code_verifier  VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  next_page      VARCHAR(2000) NOT NULL,
  created_at     DATETIME(3) NOT NULL,
  used_at        DATETIME(3) NULL,
  replayed_at    DATETIME(3) NULL,
  KEY ix_staff_sign_on_attempt_created (created_at)
) ENGINE=InnoDB;
