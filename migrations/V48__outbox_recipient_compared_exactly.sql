-- The outbox's recipient compared byte for byte, like every other stored address (V33, ADR 29): subject access finds
-- the emails sent to a person by their canonical address, and under the server's case-insensitive collation
-- Alice@example.org would also have found those sent to alice@example.org. Indexed for that lookup (ADR 39).
ALTER TABLE outbox_email
  MODIFY recipient VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  ADD KEY ix_outbox_recipient (recipient);
