-- Audit entries are kept for the retention schedule's period (ADR 43) and then removed from the start of the chain
-- only, by an owner-defined procedure: the portal's own account can still neither UPDATE nor DELETE an audit row
-- (ADR 40), but may CALL this, which removes nothing but a sealed prefix older than the cutoff, never the newest seal,
-- and writes where the chain now starts, so verification goes on from there (core.audit.AuditChain).

-- Where the sealed chain starts after a purge: the first seal kept and the hash before it. Append-only.
CREATE TABLE audit_chain_start (
  next_seq       BIGINT PRIMARY KEY,
  prev_hash      BINARY(32) NOT NULL,
  purged_before  DATETIME(3) NOT NULL,
  purged_at      DATETIME(3) NOT NULL
) ENGINE=InnoDB;

-- The append-only triggers let a row go only while the purge below runs (it sets the session variable; an account
-- without DELETE rights gains nothing by setting it, the database refuses the DELETE first).
DROP TRIGGER audit_event_no_delete;
DROP TRIGGER audit_seal_no_delete;

DELIMITER $$
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
  IF @frontdoor_audit_purge IS NULL OR @frontdoor_audit_purge <> 1 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only';
  END IF;
END$$

CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW
BEGIN
  IF @frontdoor_audit_purge IS NULL OR @frontdoor_audit_purge <> 1 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit chain is append-only';
  END IF;
END$$

-- Removes up to `most` of the oldest sealed entries, in chain order, stopping at the first entry written at or after
-- `cutoff` (or missing: a gap is evidence and stays), and never the newest seal. Answers how many entries went.
CREATE PROCEDURE purge_audit_before(IN cutoff DATETIME(3), IN most INT, OUT purged INT)
SQL SECURITY DEFINER
BEGIN
  DECLARE first_seq BIGINT;
  DECLARE last_seq BIGINT;
  DECLARE newest BIGINT;
  DECLARE last_hash BINARY(32);
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    SET @frontdoor_audit_purge = NULL;
    RESIGNAL;
  END;
  SET purged = 0;
  SELECT MIN(seq), MAX(seq) INTO first_seq, newest FROM audit_seal;
  IF first_seq IS NOT NULL THEN
    SELECT MAX(x.seq) INTO last_seq FROM (
      SELECT s.seq, SUM(CASE WHEN a.id IS NULL OR a.at >= cutoff THEN 1 ELSE 0 END) OVER (ORDER BY s.seq) AS newer
      FROM audit_seal s LEFT JOIN audit_event a ON a.id = s.audit_id
      WHERE s.seq >= first_seq AND s.seq < first_seq + most AND s.seq < newest) x
    WHERE x.newer = 0;
    IF last_seq IS NOT NULL THEN
      SELECT hash INTO last_hash FROM audit_seal WHERE seq = last_seq;
      SET @frontdoor_audit_purge = 1;
      DELETE a FROM audit_event a JOIN audit_seal s ON s.audit_id = a.id WHERE s.seq BETWEEN first_seq AND last_seq;
      SET purged = ROW_COUNT();
      DELETE FROM audit_seal WHERE seq BETWEEN first_seq AND last_seq;
      SET @frontdoor_audit_purge = NULL;
      INSERT INTO audit_chain_start (next_seq, prev_hash, purged_before, purged_at)
        VALUES (last_seq + 1, last_hash, cutoff, UTC_TIMESTAMP(3));
    END IF;
  END IF;
END$$
DELIMITER ;

INSERT INTO retention_rule (record_kind, amount, unit, action, updated_at) VALUES
  ('AUDIT_ENTRY', 6, 'YEARS', 'DELETE', UTC_TIMESTAMP(3));
