-- The audit log's hash chain (ADR 36) and the indexes its search needs at 10 million rows.
--
-- audit_seal: one row per sealed audit_event row, in chain order (seq 1, 2, 3, ...). hash = SHA-256 of prev_hash and
-- the audit row's canonical fields (core.audit.AuditChain), prev_hash = the hash of seq - 1 (32 zero bytes for seq 1).
-- Written only by the sealing job, a few seconds after the rows (so audited transactions never wait on a chain lock);
-- append-only like audit_event. No foreign key to audit_event: a row deleted behind the triggers' back must leave its
-- seal behind, so that verification can name it.
CREATE TABLE audit_seal (
  audit_id   BIGINT PRIMARY KEY,
  seq        BIGINT NOT NULL,
  prev_hash  BINARY(32) NOT NULL,
  hash       BINARY(32) NOT NULL,
  sealed_at  DATETIME(3) NOT NULL,
  UNIQUE KEY ux_audit_seal_seq (seq)
) ENGINE=InnoDB;

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit chain is append-only';
CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit chain is append-only';

-- The data protection officer's search (core.audit.AuditSearch), newest first, paged by (at, id) keyset. InnoDB
-- appends the primary key (id) to every secondary index, so each of these is really (..., at, id):
--   by person:  ix_audit_subject (subject_type, subject_id, at), from V3
--   by staff:   ix_audit_actor (actor_type, actor_id, at), from V3
--   by kind:    ix_audit_action (action, at), new
--   no filter, or only dates: ix_audit_at (at), new
CREATE INDEX ix_audit_action ON audit_event (action, at);
CREATE INDEX ix_audit_at ON audit_event (at);
